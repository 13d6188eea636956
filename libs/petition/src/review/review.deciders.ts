import type { DecideTable } from '../core/decider-tables.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { decideFinalReviewOpinion } from './issue-final-review-opinion.decide.js';
import { decideReviewOpinion } from './issue-review-opinion.decide.js';
import { decideFinalReviewRequest } from './request-final-review.decide.js';
import { decideReviewRequest } from './request-review.decide.js';
import type { ReviewCommand } from './review.commands.js';

export const REVIEW_DECIDERS: DecideTable<ReviewCommand, PetitionEvent> = {
  RequestReview: decideReviewRequest,
  IssueReviewOpinion: decideReviewOpinion,
  RequestFinalReview: decideFinalReviewRequest,
  IssueFinalReviewOpinion: decideFinalReviewOpinion,
};

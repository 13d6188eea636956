import type { ExistingPetition } from '../core/petition.state.js';
import { refuseWhileProceedingOpen } from '../core/proceedings.js';
import type { IssueReviewOpinion } from './review.commands.js';
import type { ReviewOpinionIssued } from './review.events.js';
import { refuseUnlessStageAllows } from '../core/step-guard.js';
import { checkedOpinion } from './review.checks.js';

/** 复查意见书, after the request and any hearing held on it. */
export function decideReviewOpinion(command: IssueReviewOpinion, petition: ExistingPetition): [ReviewOpinionIssued] {
  refuseUnlessStageAllows(petition, command.type, 'issue_review_opinion');
  refuseWhileProceedingOpen(petition, command.type, 'review opinion');
  return [{ type: 'ReviewOpinionIssued', data: checkedOpinion(command.data, command.context, petition) }];
}

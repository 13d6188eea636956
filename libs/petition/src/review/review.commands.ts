import type { IsoDate } from '../core/business-date.js';
import type { CommandContext } from '../core/command-context.js';
import type { ReviewOutcome } from '../handling/handling.types.js';

/** 复查 (Art. 35): the petitioner asks, within 30 days of the handling opinion; a clerk records it. */
export interface RequestReview {
  type: 'RequestReview';
  /** `requestedBy` names one of the case's petitioners. */
  data: { requestedBy: string; reasons: string; requestedOn?: IsoDate };
  context: CommandContext;
}

export interface IssueReviewOpinion {
  type: 'IssueReviewOpinion';
  data: { outcome: ReviewOutcome; reasons: string; reviewingOrgan: string; servedOn?: IsoDate };
  context: CommandContext;
}

/** 复核 (Art. 36): within 30 days of the review opinion. */
export interface RequestFinalReview {
  type: 'RequestFinalReview';
  data: { requestedBy: string; reasons: string; requestedOn?: IsoDate };
  context: CommandContext;
}

/** The final opinion concludes the matter (终结). */
export interface IssueFinalReviewOpinion {
  type: 'IssueFinalReviewOpinion';
  data: { outcome: ReviewOutcome; reasons: string; reviewingOrgan: string; servedOn?: IsoDate };
  context: CommandContext;
}

export type ReviewCommand = RequestReview | IssueReviewOpinion | RequestFinalReview | IssueFinalReviewOpinion;

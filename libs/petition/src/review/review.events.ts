import type { IsoDate } from '../core/business-date.js';
import type { ReviewOutcome } from '../handling/handling.types.js';

export interface ReviewRequest {
  requestedOn: IsoDate;
  /** The petitioner who asked. */
  requestedBy: string;
  reasons: string;
}

export interface ReviewOpinion {
  servedOn: IsoDate;
  outcome: ReviewOutcome;
  reasons: string;
  reviewingOrgan: string;
}

/** 复查 requested. */
export interface ReviewRequested {
  type: 'ReviewRequested';
  data: ReviewRequest;
}

/** 复查意见书 served. */
export interface ReviewOpinionIssued {
  type: 'ReviewOpinionIssued';
  data: ReviewOpinion;
}

/** 复核 requested. */
export interface FinalReviewRequested {
  type: 'FinalReviewRequested';
  data: ReviewRequest;
}

/** 复核意见书 served: the matter is concluded (终结). */
export interface FinalReviewOpinionIssued {
  type: 'FinalReviewOpinionIssued';
  data: ReviewOpinion;
}

export type ReviewEvent = ReviewRequested | ReviewOpinionIssued | FinalReviewRequested | FinalReviewOpinionIssued;

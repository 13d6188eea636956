import type { ExistingPetition } from '../core/petition.state.js';
import type { RequestFinalReview } from './review.commands.js';
import type { FinalReviewRequested } from './review.events.js';
import { refuseUnlessStageAllows } from '../core/step-guard.js';
import { checkedRequest } from './review.checks.js';
import { servedOnOf } from '../case-file/case-file.record.js';

/** 复核 (Art. 36): of the review opinion, within 30 days of it. */
export function decideFinalReviewRequest(command: RequestFinalReview, petition: ExistingPetition): [FinalReviewRequested] {
  refuseUnlessStageAllows(petition, command.type, 'request_final_review');
  // The window runs from the service of the issued review opinion when one is recorded.
  const servedOn = servedOnOf(petition.caseFile, 'review-opinion') ?? petition.review.opinion.servedOn;
  const served = { date: servedOn, step: 'review opinion', window: 'final_review_window' as const, article: '条例 Art. 36' };
  return [{ type: 'FinalReviewRequested', data: checkedRequest(command.data, command.context, petition, served) }];
}

import type { ExistingPetition } from '../core/petition.state.js';
import type { RequestReview } from './review.commands.js';
import type { ReviewRequested } from './review.events.js';
import { refuseStep, refuseUnlessStageAllows } from '../core/step-guard.js';
import { checkedRequest } from './review.checks.js';
import { servedOnOf } from '../case-file/case-file.record.js';

/** 复查 (Art. 35): of a served handling opinion, whether or not the case was closed, within 30 days of it. */
export function decideReviewRequest(command: RequestReview, petition: ExistingPetition): [ReviewRequested] {
  refuseUnlessStageAllows(petition, command.type, 'request_review');
  const { opinion } = petition;
  if (!opinion || (petition.claimType ?? 'claim') !== 'claim') return refuseStep(petition, command.type, 'request_review');
  const served = { date: servedOnOf(petition.caseFile, 'handling-opinion') ?? opinion.servedOn, step: 'handling opinion', window: 'review_window' as const, article: '条例 Art. 35' };
  return [{ type: 'ReviewRequested', data: checkedRequest(command.data, command.context, petition, served) }];
}

import type { ExistingPetition } from '../core/petition.state.js';
import { refuseWhileProceedingOpen } from '../core/proceedings.js';
import type { IssueFinalReviewOpinion } from './review.commands.js';
import type { FinalReviewOpinionIssued } from './review.events.js';
import { refuseUnlessStageAllows } from '../core/step-guard.js';
import { checkedOpinion } from './review.checks.js';

/** The final opinion concludes the matter (终结). A hearing held during the final review has ended by then. */
export function decideFinalReviewOpinion(command: IssueFinalReviewOpinion, petition: ExistingPetition): [FinalReviewOpinionIssued] {
  refuseUnlessStageAllows(petition, command.type, 'issue_final_review_opinion');
  refuseWhileProceedingOpen(petition, command.type, 'final review opinion');
  return [{ type: 'FinalReviewOpinionIssued', data: checkedOpinion(command.data, command.context, petition) }];
}

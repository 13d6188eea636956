import { inStage } from './evolve-guard.js';
import { CorruptPetitionStreamError } from './petition.errors.js';
import type { ExistingPetition, PetitionState } from './petition.state.js';
import type { ReviewEvent } from './review.events.js';

/** 复查 and 复核: requested, answered, and after the final opinion the matter is concluded. */
export function evolveReview(petition: ExistingPetition, event: ReviewEvent): PetitionState {
  switch (event.type) {
    case 'ReviewRequested': {
      const reviewed = inStage(petition, event, ['opinion_served', 'closed']);
      const { opinion } = reviewed;
      if (!opinion) throw new CorruptPetitionStreamError(event.type, reviewed.status);
      return { ...reviewed, opinion, status: 'under_review', review: { request: event.data } };
    }
    case 'ReviewOpinionIssued': {
      const reviewed = inStage(petition, event, ['under_review']);
      return { ...reviewed, status: 'reviewed', review: { ...reviewed.review, opinion: event.data } };
    }
    case 'FinalReviewRequested':
      return { ...inStage(petition, event, ['reviewed']), status: 'under_final_review', finalReview: { request: event.data } };
    case 'FinalReviewOpinionIssued': {
      const reviewed = inStage(petition, event, ['under_final_review']);
      return { ...reviewed, status: 'concluded', finalReview: { ...reviewed.finalReview, opinion: event.data } };
    }
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

import { inStage } from './evolve-guard.js';
import type { HandlingEvent } from './handling.events.js';
import type { ExistingPetition, PetitionState } from './petition.state.js';

/** Objection, reclassification, extension, handling opinion, closure and rating. */
export function evolveHandling(petition: ExistingPetition, event: HandlingEvent): PetitionState {
  switch (event.type) {
    case 'UnitObjected': {
      const { acceptance: handover, ...handed } = inStage(petition, event, ['forwarded', 'assigned']);
      return { ...handed, status: 'objected', objections: [...handed.objections, { ...event.data, handover }] };
    }
    case 'PetitionReclassified': {
      const { category, backlogKinds } = event.data;
      return { ...petition, category, backlogKinds, reclassifications: [...petition.reclassifications, event.data] };
    }
    case 'HandlingExtended':
      return { ...inStage(petition, event, ['accepted']), extension: event.data };
    case 'HandlingOpinionIssued':
      return { ...inStage(petition, event, ['accepted']), status: 'opinion_served', opinion: event.data };
    case 'PetitionClosed':
      return { ...inStage(petition, event, ['accepted', 'opinion_served']), status: 'closed', closure: event.data };
    case 'SatisfactionRated':
      return { ...inStage(petition, event, ['closed', 'under_review', 'reviewed', 'under_final_review']), rating: event.data };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

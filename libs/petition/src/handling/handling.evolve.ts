import type { EventTable } from '../core/decider-tables.js';
import { inStage } from '../core/evolve-guard.js';
import type { HandlingEvent } from './handling.events.js';

/** Extension, handling opinion, closure and rating. */
export const HANDLING_EVENTS: EventTable<HandlingEvent> = {
  HandlingExtended: {
    name: 'extension',
    kind: 'within',
    date: (data) => data.extendedOn,
    evolve: (petition, event) => ({ ...inStage(petition, event, ['accepted']), extension: event.data }),
  },
  HandlingOpinionIssued: {
    name: 'handling opinion',
    kind: 'stage',
    date: (data) => data.servedOn,
    evolve: (petition, event) => ({ ...inStage(petition, event, ['accepted']), status: 'opinion_served', opinion: event.data }),
  },
  PetitionClosed: {
    name: 'closure',
    kind: 'stage',
    date: (data) => data.closedOn,
    evolve: (petition, event) => ({ ...inStage(petition, event, ['accepted', 'opinion_served']), status: 'closed', closure: event.data }),
  },
  SatisfactionRated: {
    name: 'rating',
    kind: 'side',
    date: (data) => data.ratedOn,
    evolve: (petition, event) => ({ ...inStage(petition, event, ['closed', 'under_review', 'reviewed', 'under_final_review']), rating: event.data }),
  },
};

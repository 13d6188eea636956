import type { EventTable } from '../core/decider-tables.js';
import type { ClassificationEvent } from './classification.events.js';

export const CLASSIFICATION_EVENTS: EventTable<ClassificationEvent> = {
  PetitionReclassified: {
    name: 'reclassification',
    kind: 'side',
    date: (data) => data.reclassifiedOn,
    evolve: (petition, event) => {
      const { category, backlogKinds } = event.data;
      return { ...petition, category, backlogKinds, reclassifications: [...petition.reclassifications, event.data] };
    },
  },
  ClaimTypeChanged: {
    name: 'change of the claim type',
    kind: 'side',
    date: (data) => data.changedOn,
    evolve: (petition, event) => ({ ...petition, claimType: event.data.claimType }),
  },
};

import type { EventTable } from '../core/decider-tables.js';
import { inStage } from '../core/evolve-guard.js';
import type { AcceptanceEvent } from './acceptance.events.js';

/** Events are facts: the stage a decision moves the case to is taken as recorded. */
export const ACCEPTANCE_EVENTS: EventTable<AcceptanceEvent> = {
  PetitionAccepted: {
    name: 'acceptance',
    kind: 'stage',
    date: (data) => data.decidedAt,
    evolve: (petition, event) => ({
      ...petition,
      status: 'accepted',
      acceptance: { decision: 'accepted', ...event.data },
      ...((petition.status === 'forwarded' || petition.status === 'assigned') && { handover: petition.acceptance }),
      hearings: petition.hearings ?? [],
      mediations: [],
    }),
  },
  PetitionNotAccepted: {
    name: 'refusal to accept',
    kind: 'stage',
    date: (data) => data.decidedAt,
    evolve: (petition, event) => ({ ...petition, status: 'not_accepted', acceptance: { decision: 'not_accepted', ...event.data } }),
  },
  PetitionForwarded: {
    name: 'forwarding',
    kind: 'stage',
    date: (data) => data.decidedAt,
    evolve: (petition, event) => ({ ...petition, status: 'forwarded', acceptance: { decision: 'forwarded', ...event.data } }),
  },
  PetitionAssigned: {
    name: 'assignment',
    kind: 'stage',
    date: (data) => data.decidedAt,
    evolve: (petition, event) => ({ ...petition, status: 'assigned', acceptance: { decision: 'assigned', ...event.data } }),
  },
  PetitionDiverted: {
    name: 'diversion',
    kind: 'stage',
    date: (data) => data.decidedAt,
    evolve: (petition, event) => ({ ...petition, status: 'diverted', acceptance: { decision: 'diverted', ...event.data } }),
  },
  UnitObjected: {
    name: 'objection',
    kind: 'stage',
    date: (data) => data.objectedAt,
    evolve: (petition, event) => {
      const { acceptance: handover, ...handed } = inStage(petition, event, ['forwarded', 'assigned']);
      return { ...handed, status: 'objected', objections: [...handed.objections, { ...event.data, handover }] };
    },
  },
};

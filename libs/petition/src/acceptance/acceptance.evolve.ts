import type { EventTable } from '../core/decider-tables.js';
import { inStage } from '../core/evolve-guard.js';
import type { ExistingPetition } from '../core/petition.state.js';
import type { UnitHandover } from '../handover/handover.types.js';
import type { AcceptanceDecisionEvent, AcceptanceEvent, PetitionAssigned, PetitionForwarded } from './acceptance.events.js';

/** A decision records the legal route when the clerk gave one; the case keeps the one it had, else reads as a claim. */
function classified(petition: ExistingPetition, event: AcceptanceDecisionEvent): Pick<ExistingPetition, 'claimType'> {
  return { claimType: event.data.claimType ?? petition.claimType ?? 'claim' };
}

/** A forwarding or assignment starts the receiving unit's record of its work on the case. */
function handedOver(petition: ExistingPetition, event: PetitionForwarded | PetitionAssigned): Pick<ExistingPetition, 'handovers'> {
  const earlier = petition.handovers ?? [];
  const { decidedAt, toUnit } = event.data;
  const handover: UnitHandover = {
    seq: earlier.length,
    decision: event.type === 'PetitionForwarded' ? 'forwarded' : 'assigned',
    toUnit,
    decidedAt,
    ...(event.type === 'PetitionAssigned' && event.data.reportBy !== undefined && { reportBy: event.data.reportBy }),
    reports: [],
  };
  return { handovers: [...earlier, handover] };
}

/** Events are facts: the stage a decision moves the case to is taken as recorded. */
export const ACCEPTANCE_EVENTS: EventTable<AcceptanceEvent> = {
  PetitionAccepted: {
    name: 'acceptance',
    kind: 'stage',
    date: (data) => data.decidedAt,
    evolve: (petition, event) => ({
      ...petition,
      ...classified(petition, event),
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
    evolve: (petition, event) => ({ ...petition, ...classified(petition, event), status: 'not_accepted', acceptance: { decision: 'not_accepted', ...event.data } }),
  },
  PetitionForwarded: {
    name: 'forwarding',
    kind: 'stage',
    date: (data) => data.decidedAt,
    evolve: (petition, event) => ({ ...petition, ...classified(petition, event), ...handedOver(petition, event), status: 'forwarded', acceptance: { decision: 'forwarded', ...event.data } }),
  },
  PetitionAssigned: {
    name: 'assignment',
    kind: 'stage',
    date: (data) => data.decidedAt,
    evolve: (petition, event) => ({ ...petition, ...classified(petition, event), ...handedOver(petition, event), status: 'assigned', acceptance: { decision: 'assigned', ...event.data } }),
  },
  PetitionDiverted: {
    name: 'diversion',
    kind: 'stage',
    date: (data) => data.decidedAt,
    evolve: (petition, event) => ({ ...petition, ...classified(petition, event), status: 'diverted', acceptance: { decision: 'diverted', ...event.data } }),
  },
  PetitionChannelled: {
    name: 'channelling into a legal procedure',
    kind: 'stage',
    date: (data) => data.decidedAt,
    evolve: (petition, event) => ({ ...petition, ...classified(petition, event), status: 'channelled', acceptance: { decision: 'channelled', ...event.data } }),
  },
  UnitObjected: {
    name: 'objection',
    kind: 'stage',
    date: (data) => data.objectedAt,
    evolve: (petition, event) => {
      const { acceptance: handover, ...handed } = inStage(petition, event, ['forwarded', 'assigned']);
      const { objectedAt, reason } = event.data;
      const handovers = handed.handovers?.map((record, i, all) => (i === all.length - 1 ? { ...record, objection: { objectedAt, reason } } : record));
      return { ...handed, ...(handovers && { handovers }), status: 'objected', objections: [...handed.objections, { ...event.data, handover }] };
    },
  },
};

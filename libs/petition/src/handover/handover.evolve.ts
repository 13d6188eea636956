import type { EventTable } from '../core/decider-tables.js';
import { inStage } from '../core/evolve-guard.js';
import { CorruptPetitionStreamError } from '../core/petition.errors.js';
import type { ExistingPetition, PetitionState } from '../core/petition.state.js';
import type { HandoverEvent } from './handover.events.js';
import type { CompletionReport, UnitHandover } from './handover.types.js';

/** The case with its last handover changed by `change`; an event about a handover the case lacks means a corrupt stream. */
function onLastHandover(petition: ExistingPetition, event: HandoverEvent, change: (handover: UnitHandover) => UnitHandover): ExistingPetition {
  const handovers = petition.handovers ?? [];
  const last = handovers.at(-1);
  if (!last) throw new CorruptPetitionStreamError(event.type, petition.status);
  return { ...petition, handovers: [...handovers.slice(0, -1), change(last)] };
}

function onLastReport(petition: ExistingPetition, event: HandoverEvent, review: NonNullable<CompletionReport['review']>): ExistingPetition {
  return onLastHandover(petition, event, (handover) => {
    const report = handover.reports.at(-1);
    if (!report) throw new CorruptPetitionStreamError(event.type, petition.status);
    return { ...handover, reports: [...handover.reports.slice(0, -1), { ...report, review }] };
  });
}

/** A rejected objection gives the case back to the unit, as it was handed over; an upheld one leaves it with the bureau. */
function objectionDecided(petition: ExistingPetition, event: Extract<HandoverEvent, { type: 'ObjectionDecided' }>): PetitionState {
  const objected = inStage(petition, event, ['objected']);
  const { decidedOn, upheld, reason } = event.data;
  const decided = onLastHandover(objected, event, (handover) => {
    if (!handover.objection) throw new CorruptPetitionStreamError(event.type, petition.status);
    return { ...handover, objection: { ...handover.objection, decision: { decidedOn, upheld, reason } } };
  }) as typeof objected;
  const handedBack = objected.objections.at(-1)?.handover;
  if (upheld) return decided;
  if (!handedBack) throw new CorruptPetitionStreamError(event.type, petition.status);
  return handedBack.decision === 'forwarded' ? { ...decided, status: 'forwarded', acceptance: handedBack } : { ...decided, status: 'assigned', acceptance: handedBack };
}

export const HANDOVER_EVENTS: EventTable<HandoverEvent> = {
  HandoverReceived: {
    name: 'receipt',
    kind: 'within',
    date: (data) => data.receivedOn,
    evolve: (petition, event) => onLastHandover(petition, event, (handover) => ({ ...handover, receipt: { receivedOn: event.data.receivedOn } })),
  },
  UnitNoticeServed: {
    name: 'written notice to the petitioner',
    kind: 'within',
    date: (data) => data.servedOn,
    evolve: (petition, event) => {
      const { servedOn, decision, reason } = event.data;
      return onLastHandover(petition, event, (handover) => ({ ...handover, notice: { servedOn, decision, ...(reason !== undefined && { reason }) } }));
    },
  },
  ObjectionDecided: { name: 'decision on the objection', kind: 'stage', date: (data) => data.decidedOn, evolve: objectionDecided },
  CompletionReportFiled: {
    name: 'completion report',
    kind: 'side',
    date: (data) => data.filedOn,
    evolve: (petition, event) => {
      const { filedOn, summary, attachmentIds } = event.data;
      return onLastHandover(petition, event, (handover) => ({ ...handover, reports: [...handover.reports, { filedOn, summary, attachmentIds }] }));
    },
  },
  CompletionReportVerified: {
    name: 'verification of the completion report',
    kind: 'side',
    date: (data) => data.verifiedOn,
    evolve: (petition, event) => onLastReport(petition, event, { decision: 'verified', reviewedOn: event.data.verifiedOn, ...(event.data.note !== undefined && { note: event.data.note }) }),
  },
  CompletionReportReturned: {
    name: 'return of the completion report',
    kind: 'side',
    date: (data) => data.returnedOn,
    evolve: (petition, event) => onLastReport(petition, event, { decision: 'returned', reviewedOn: event.data.returnedOn, reason: event.data.reason, reportBy: event.data.reportBy }),
  },
};

import type { IsoDate } from '../core/business-date.js';
import type { CommandContext } from '../core/command-context.js';
import type { DelayParty, MediationObligation, ObligationOutcome } from './mediation.types.js';

// The session, agreement and failure commands address the case's one active mediation.

export interface StartMediation {
  type: 'StartMediation';
  data: { mediator: string; note?: string; startedOn?: IsoDate };
  context: CommandContext;
}

export interface RecordMediationSession {
  type: 'RecordMediationSession';
  data: {
    attendees: string[];
    summary: string;
    /** Who asked to put the matter off at this session; `none` when omitted. */
    delayRequestedBy?: DelayParty;
    /** Required when a party asked for a delay. */
    delayReason?: string;
    heldOn?: IsoDate;
  };
  context: CommandContext;
}

export interface RecordMediationAgreement {
  type: 'RecordMediationAgreement';
  data: { terms: string; obligations: MediationObligation[]; agreedOn?: IsoDate };
  context: CommandContext;
}

export interface RecordMediationFailure {
  type: 'RecordMediationFailure';
  data: { reason: string; failedOn?: IsoDate };
  context: CommandContext;
}

/** An obligation of an agreement performed (on `performedOn`) or breached (found on `breachedOn`), in any stage. */
export interface RecordObligationPerformance {
  type: 'RecordObligationPerformance';
  data: { obligationId: string; outcome: ObligationOutcome; performedOn?: IsoDate; breachedOn?: IsoDate; note?: string };
  context: CommandContext;
}

export type MediationCommand = StartMediation | RecordMediationSession | RecordMediationAgreement | RecordMediationFailure | RecordObligationPerformance;

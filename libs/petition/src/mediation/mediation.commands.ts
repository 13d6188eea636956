import type { IsoDate } from '../core/business-date.js';
import type { CommandContext } from '../core/command-context.js';
import type { DelayParty, MediationObligation } from './mediation.types.js';

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

export type MediationCommand = StartMediation | RecordMediationSession | RecordMediationAgreement | RecordMediationFailure;

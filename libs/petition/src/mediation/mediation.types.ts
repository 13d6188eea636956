import type { IsoDate } from '../core/business-date.js';

/** Mediation (调解): sessions, then an agreement or a failure. */

/** Who asked for a delay at a session: the Shenzhen article's lesson is to record it. */
export const DELAY_PARTIES = ['petitioner', 'unit', 'none'] as const;
export type DelayParty = (typeof DELAY_PARTIES)[number];

export const MEDIATION_STATUSES = ['active', 'agreed', 'failed'] as const;
export type MediationStatus = (typeof MEDIATION_STATUSES)[number];

export interface MediationSession {
  heldOn: IsoDate;
  attendees: string[];
  summary: string;
  delayRequestedBy: DelayParty;
  delayReason?: string;
}

export interface MediationObligation {
  /** Chosen by the API, so that its performance can be recorded; agreements recorded before it had none (their ids are derived on read). */
  obligationId?: string;
  /** Who owes it: the petitioner, the responsible unit, or another party, by name. */
  party: string;
  obligation: string;
  dueOn: IsoDate;
}

export interface MediationAgreement {
  agreedOn: IsoDate;
  terms: string;
  obligations: MediationObligation[];
}

export interface MediationFailure {
  failedOn: IsoDate;
  reason: string;
}

interface MediationRecord {
  startedOn: IsoDate;
  mediator: string;
  note?: string;
  sessions: MediationSession[];
}

/** Whether an obligation of an agreement was performed, or breached once its due date passed. */
export const OBLIGATION_OUTCOMES = ['performed', 'breached'] as const;
export type ObligationOutcome = (typeof OBLIGATION_OUTCOMES)[number];

export interface ObligationOutcomeRecord {
  obligationId: string;
  outcome: ObligationOutcome;
  /** The day it was performed, or found breached. */
  outcomeOn: IsoDate;
  note?: string;
}

interface AgreedMediation {
  status: 'agreed';
  agreement: MediationAgreement;
  /** How its obligations turned out, in the order recorded; absent until the first. */
  outcomes?: ObligationOutcomeRecord[];
}

/** An agreement or a failure ends a mediation; a case has at most one active mediation at a time. */
export type Mediation = MediationRecord & ({ status: 'active' } | AgreedMediation | { status: 'failed'; failure: MediationFailure });

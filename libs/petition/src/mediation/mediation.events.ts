import type { IsoDate } from '../core/business-date.js';
import type { MediationAgreement, MediationFailure, MediationSession } from './mediation.types.js';

export interface MediationStarted {
  type: 'MediationStarted';
  data: { startedOn: IsoDate; mediator: string; note?: string };
}

export interface MediationSessionHeld {
  type: 'MediationSessionHeld';
  data: MediationSession;
}

export interface MediationAgreed {
  type: 'MediationAgreed';
  data: MediationAgreement;
}

export interface MediationFailed {
  type: 'MediationFailed';
  data: MediationFailure;
}

export interface ObligationPerformed {
  type: 'ObligationPerformed';
  data: { obligationId: string; performedOn: IsoDate; note?: string };
}

export interface ObligationBreached {
  type: 'ObligationBreached';
  data: { obligationId: string; breachedOn: IsoDate; note?: string };
}

export type MediationEvent = MediationStarted | MediationSessionHeld | MediationAgreed | MediationFailed | ObligationPerformed | ObligationBreached;

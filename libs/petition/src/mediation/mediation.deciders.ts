import type { DecideTable } from '../core/decider-tables.js';
import type { PetitionEvent } from '../core/petition.events.js';
import type { MediationCommand } from './mediation.commands.js';
import { decideMediationAgreement } from './record-mediation-agreement.decide.js';
import { decideObligationPerformance } from './record-obligation-performance.decide.js';
import { decideMediationFailure } from './record-mediation-failure.decide.js';
import { decideMediationSession } from './record-mediation-session.decide.js';
import { decideMediationStart } from './start-mediation.decide.js';

export const MEDIATION_DECIDERS: DecideTable<MediationCommand, PetitionEvent> = {
  StartMediation: decideMediationStart,
  RecordMediationSession: decideMediationSession,
  RecordMediationAgreement: decideMediationAgreement,
  RecordMediationFailure: decideMediationFailure,
  RecordObligationPerformance: decideObligationPerformance,
};

import type { StepDefinition } from '../core/decider-tables.js';
import { PETITION_STAGES } from '../core/petition-stages.js';
import { activeMediation } from '../core/petition.queries.js';
import { agreedObligations } from './agreed-obligations.js';

/** Mediation (调解) runs during handling only: one active at a time. Its agreement's obligations are performed whenever they are. */
export const MEDIATION_STEPS = {
  start_mediation: { stages: ['accepted'], admits: (petition) => activeMediation(petition) === undefined },
  record_mediation_session: { stages: ['accepted'], admits: (petition) => activeMediation(petition) !== undefined },
  record_mediation_agreement: { stages: ['accepted'], admits: (petition) => activeMediation(petition) !== undefined },
  record_mediation_failure: { stages: ['accepted'], admits: (petition) => activeMediation(petition) !== undefined },
  record_obligation_performance: { stages: PETITION_STAGES, admits: (petition) => agreedObligations(petition).some((agreed) => agreed.outcome === undefined) },
} as const satisfies Record<string, StepDefinition>;

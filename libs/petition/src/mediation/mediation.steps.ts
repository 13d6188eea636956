import type { StepDefinition } from '../core/decider-tables.js';
import { activeMediation } from '../core/petition.queries.js';

/** Mediation (调解) runs during handling only: one active at a time. */
export const MEDIATION_STEPS = {
  start_mediation: { stages: ['accepted'], admits: (petition) => activeMediation(petition) === undefined },
  record_mediation_session: { stages: ['accepted'], admits: (petition) => activeMediation(petition) !== undefined },
  record_mediation_agreement: { stages: ['accepted'], admits: (petition) => activeMediation(petition) !== undefined },
  record_mediation_failure: { stages: ['accepted'], admits: (petition) => activeMediation(petition) !== undefined },
} as const satisfies Record<string, StepDefinition>;

import type { StepDefinition } from '../core/decider-tables.js';
import { PETITION_STAGES } from '../core/petition-stages.js';
import { openHearing } from '../core/petition.queries.js';
import { activeEnrolment } from './programme.queries.js';

/**
 * The programme's steps on an enrolled case, in whatever stage it is. Enrolment itself starts from
 * the programme (POST /programmes/{pid}/enrolments) and a rebound from a later petition's intake,
 * so neither is a step a case offers.
 */
export const PROGRAMME_STEPS = {
  record_follow_up: { stages: PETITION_STAGES, admits: (petition) => activeEnrolment(petition) !== undefined },
  resolve_programme_case: {
    stages: PETITION_STAGES,
    admits: (petition) => ['enrolled', 'reopened'].includes(activeEnrolment(petition)?.status ?? 'none') && openHearing(petition) === undefined,
  },
  sign_off_programme_case: { stages: PETITION_STAGES, admits: (petition) => activeEnrolment(petition)?.status === 'resolved' && openHearing(petition) === undefined },
} as const satisfies Record<string, StepDefinition>;

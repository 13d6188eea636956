import type { StepDefinition } from '../core/decider-tables.js';
import { noProceedingOpen } from '../core/petition.queries.js';

export const HANDLING_STEPS = {
  extend: { stages: ['accepted'], admits: (petition) => !('extension' in petition && petition.extension) },
  issue_opinion: { stages: ['accepted'], admits: noProceedingOpen },
  close: { stages: ['accepted', 'opinion_served'], admits: noProceedingOpen },
  // A lifecycle position: refused with a 409 when the case was never closed.
  rate: { stages: ['closed', 'under_review', 'reviewed', 'under_final_review'], admits: (petition) => 'closure' in petition && petition.closure !== undefined && !petition.rating },
} as const satisfies Record<string, StepDefinition>;

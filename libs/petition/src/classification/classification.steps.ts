import type { StepDefinition } from '../core/decider-tables.js';

export const CLASSIFICATION_STEPS = {
  // Any stage but `concluded`: after the final review no step follows.
  reclassify: {
    stages: ['registered', 'forwarded', 'assigned', 'objected', 'accepted', 'not_accepted', 'diverted', 'opinion_served', 'closed', 'under_review', 'reviewed', 'under_final_review'],
  },
} as const satisfies Record<string, StepDefinition>;

import type { StepDefinition } from '../core/decider-tables.js';

/** Any stage but `concluded`: after the final review no step follows. */
const BEFORE_CONCLUSION = [
  'registered', 'forwarded', 'assigned', 'objected', 'accepted', 'not_accepted', 'diverted', 'channelled', 'opinion_served', 'closed', 'under_review', 'reviewed', 'under_final_review',
] as const;

export const CLASSIFICATION_STEPS = {
  reclassify: { stages: BEFORE_CONCLUSION },
  change_claim_type: { stages: BEFORE_CONCLUSION },
} as const satisfies Record<string, StepDefinition>;

import type { StepDefinition } from '../core/decider-tables.js';

/** Any stage but `concluded`: after the final review no step follows. */
const BEFORE_CONCLUSION = [
  'registered', 'forwarded', 'assigned', 'objected', 'accepted', 'not_accepted', 'diverted', 'channelled', 'opinion_served', 'closed', 'under_review', 'reviewed', 'under_final_review',
] as const;

/**
 * The claim type is recorded with the acceptance decision (DOMAIN.md, 依法分类处理): before that
 * decision there is none to change, so the step opens only once the case has left `registered`.
 */
const DECIDED_BEFORE_CONCLUSION = BEFORE_CONCLUSION.filter((stage) => stage !== 'registered');

export const CLASSIFICATION_STEPS = {
  reclassify: { stages: BEFORE_CONCLUSION },
  change_claim_type: { stages: DECIDED_BEFORE_CONCLUSION },
} as const satisfies Record<string, StepDefinition>;

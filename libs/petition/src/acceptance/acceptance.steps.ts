import type { StepDefinition } from '../core/decider-tables.js';
import { currentHandover } from '../handover/handover.queries.js';

/** The bureau decides on a registered case, or again after the receiving unit objected. */
const UNDECIDED = ['registered', 'objected'] as const;

export const ACCEPTANCE_STEPS = {
  // The receiving unit has 5 working days to take the case or object (Art. 23 ¶3).
  accept: { stages: ['registered', 'forwarded', 'assigned', 'objected'] },
  not_accept: { stages: UNDECIDED },
  forward: { stages: UNDECIDED },
  assign: { stages: UNDECIDED },
  divert: { stages: UNDECIDED, admits: (petition) => petition.category === 'law_litigation' },
  channel: { stages: UNDECIDED, admits: (petition) => (petition.claimType ?? 'claim') === 'claim' },
  // Once per handover: an objection the bureau rejected is not raised again.
  object: { stages: ['forwarded', 'assigned'], admits: (petition) => currentHandover(petition)?.objection === undefined },
} as const satisfies Record<string, StepDefinition>;

import type { StepDefinition } from '../core/decider-tables.js';
import { currentHandover, isVerified, pendingReport } from './handover.queries.js';

/** An assignment's completion is reported in handling and after it, until the bureau has verified it. */
const AFTER_ASSIGNMENT = ['assigned', 'accepted', 'opinion_served', 'closed', 'under_review', 'reviewed', 'under_final_review'] as const;

export const HANDOVER_STEPS = {
  sign_for_case: { stages: ['forwarded', 'assigned'], admits: (petition) => currentHandover(petition)?.receipt === undefined },
  notify_petitioner: {
    stages: ['forwarded', 'assigned', 'accepted'],
    admits: (petition) => {
      const handover = currentHandover(petition);
      return handover?.receipt !== undefined && handover.notice === undefined;
    },
  },
  decide_objection: {
    stages: ['objected'],
    admits: (petition) => {
      const objection = petition.handovers?.at(-1)?.objection;
      return objection !== undefined && objection.decision === undefined;
    },
  },
  report_completion: {
    stages: AFTER_ASSIGNMENT,
    admits: (petition) => {
      const handover = currentHandover(petition);
      return handover?.decision === 'assigned' && handover.receipt !== undefined && !isVerified(handover) && pendingReport(handover) === undefined;
    },
  },
  verify_completion_report: { stages: AFTER_ASSIGNMENT, admits: (petition) => pendingReport(currentHandover(petition)) !== undefined },
} as const satisfies Record<string, StepDefinition>;

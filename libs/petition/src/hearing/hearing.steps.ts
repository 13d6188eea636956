import type { StepDefinition } from '../core/decider-tables.js';
import { PETITION_STAGES } from '../core/petition-stages.js';
import { hearingsOf, openHearing } from '../core/petition.queries.js';
import { hearingStepsApply, openPlanTasks, pendingRecusals } from './hearing.queries.js';

// Hearings belong to handling, review and final review; for a case in the programme, to any stage.
export const HEARING_STEPS = {
  schedule_hearing: { stages: PETITION_STAGES, admits: (petition) => hearingStepsApply(petition) && openHearing(petition) === undefined },
  reschedule_hearing: { stages: PETITION_STAGES, admits: (petition) => hearingStepsApply(petition) && openHearing(petition)?.status === 'adjourned' },
  adjourn_hearing: { stages: PETITION_STAGES, admits: (petition) => hearingStepsApply(petition) && openHearing(petition)?.status === 'scheduled' },
  cancel_hearing: { stages: PETITION_STAGES, admits: (petition) => hearingStepsApply(petition) && openHearing(petition) !== undefined },
  record_panel_opinion: { stages: PETITION_STAGES, admits: (petition) => hearingStepsApply(petition) && openHearing(petition)?.status === 'scheduled' },
  conclude_hearing: { stages: PETITION_STAGES, admits: (petition) => hearingStepsApply(petition) && openHearing(petition)?.status === 'scheduled' },
  request_recusal: { stages: PETITION_STAGES, admits: (petition) => hearingStepsApply(petition) && openHearing(petition) !== undefined },
  decide_recusal: { stages: PETITION_STAGES, admits: (petition) => hearingStepsApply(petition) && pendingRecusals(openHearing(petition)).length > 0 },
  // A unit's duty outlives the hearing's stage: a plan task is done whenever it is done.
  complete_plan_task: { stages: PETITION_STAGES, admits: (petition) => hearingsOf(petition).some((hearing) => openPlanTasks(hearing).length > 0) },
} as const satisfies Record<string, StepDefinition>;

import type { StepDefinition } from '../core/decider-tables.js';
import { openHearing } from '../core/petition.queries.js';
import { HEARING_STAGES } from './hearing.types.js';

export const HEARING_STEPS = {
  schedule_hearing: { stages: HEARING_STAGES, admits: (petition) => openHearing(petition) === undefined },
  reschedule_hearing: { stages: HEARING_STAGES, admits: (petition) => openHearing(petition)?.status === 'adjourned' },
  adjourn_hearing: { stages: HEARING_STAGES, admits: (petition) => openHearing(petition)?.status === 'scheduled' },
  cancel_hearing: { stages: HEARING_STAGES, admits: (petition) => openHearing(petition) !== undefined },
  record_panel_opinion: { stages: HEARING_STAGES, admits: (petition) => openHearing(petition)?.status === 'scheduled' },
  conclude_hearing: { stages: HEARING_STAGES, admits: (petition) => openHearing(petition)?.status === 'scheduled' },
} as const satisfies Record<string, StepDefinition>;

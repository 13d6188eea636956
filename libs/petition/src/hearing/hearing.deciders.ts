import type { DecideTable } from '../core/decider-tables.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { decideHearingAdjournment } from './adjourn-hearing.decide.js';
import { decideHearingCancellation } from './cancel-hearing.decide.js';
import { decidePlanTaskCompletion } from './complete-plan-task.decide.js';
import { decideHearingConclusion } from './conclude-hearing.decide.js';
import { decideRecusalDecision } from './decide-recusal.decide.js';
import type { HearingCommand } from './hearing.commands.js';
import { decidePanelOpinion } from './record-panel-opinion.decide.js';
import { decideRecusalRequest } from './request-recusal.decide.js';
import { decideHearingRescheduling } from './reschedule-hearing.decide.js';
import { decideHearingScheduling } from './schedule-hearing.decide.js';

export const HEARING_DECIDERS: DecideTable<HearingCommand, PetitionEvent> = {
  ScheduleHearing: decideHearingScheduling,
  RescheduleHearing: decideHearingRescheduling,
  AdjournHearing: decideHearingAdjournment,
  CancelHearing: decideHearingCancellation,
  RecordPanelOpinion: decidePanelOpinion,
  ConcludeHearing: decideHearingConclusion,
  RequestRecusal: decideRecusalRequest,
  DecideRecusal: decideRecusalDecision,
  CompletePlanTask: decidePlanTaskCompletion,
};

import { adjournHearingRoute } from './adjourn-hearing.request.js';
import { completePlanTaskRoute } from './complete-plan-task.request.js';
import { concludeHearingRoute } from './conclude-hearing.request.js';
import { decideRecusalRoute } from './decide-recusal.request.js';
import { recordPanelOpinionRoute } from './record-panel-opinion.request.js';
import { requestRecusalRoute } from './request-recusal.request.js';
import { rescheduleHearingRoute } from './reschedule-hearing.request.js';
import { scheduleHearingRoute } from './schedule-hearing.request.js';

export const HEARING_ROUTES = [
  scheduleHearingRoute,
  rescheduleHearingRoute,
  adjournHearingRoute,
  recordPanelOpinionRoute,
  concludeHearingRoute,
  requestRecusalRoute,
  decideRecusalRoute,
  completePlanTaskRoute,
];

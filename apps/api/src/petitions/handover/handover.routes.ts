import { decideObjectionRoute } from './decide-objection.request.js';
import { notifyPetitionerRoute } from './notify-petitioner.request.js';
import { reportCompletionRoute } from './report-completion.request.js';
import { signForCaseRoute } from './sign-for-case.request.js';
import { verifyCompletionReportRoute } from './verify-completion-report.request.js';

export const HANDOVER_ROUTES = [signForCaseRoute, notifyPetitionerRoute, decideObjectionRoute, reportCompletionRoute, verifyCompletionReportRoute];

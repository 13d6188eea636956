import { recordFollowUpRoute } from './record-follow-up.request.js';
import { resolveProgrammeCaseRoute } from './resolve-programme-case.request.js';

/** The programme's JSON-in/command-out steps on a case; enrolment and sign-off have controllers of their own. */
export const PROGRAMME_ROUTES = [recordFollowUpRoute, resolveProgrammeCaseRoute];

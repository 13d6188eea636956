import { answerSupervisionRoute } from './answer-supervision.request.js';
import { escalateSupervisionRoute } from './escalate-supervision.request.js';
import { issueSupervisionRoute } from './issue-supervision.request.js';
import { assignCaseOwnerRoute, recordInstructionRoute, recordReceptionRoute } from './leaders.requests.js';

export const SUPERVISION_ROUTES = [issueSupervisionRoute, answerSupervisionRoute, escalateSupervisionRoute, assignCaseOwnerRoute, recordReceptionRoute, recordInstructionRoute];

import { recordMediationAgreementRoute } from './record-mediation-agreement.request.js';
import { recordMediationFailureRoute } from './record-mediation-failure.request.js';
import { recordMediationSessionRoute } from './record-mediation-session.request.js';
import { recordObligationPerformanceRoute } from './record-obligation-performance.request.js';
import { startMediationRoute } from './start-mediation.request.js';

export const MEDIATION_ROUTES = [startMediationRoute, recordMediationSessionRoute, recordMediationAgreementRoute, recordMediationFailureRoute, recordObligationPerformanceRoute];

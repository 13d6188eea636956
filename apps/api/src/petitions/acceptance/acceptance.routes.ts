import { decideAcceptanceRoute } from './decide-acceptance.request.js';
import { raiseObjectionRoute } from './raise-objection.request.js';

export const ACCEPTANCE_ROUTES = [decideAcceptanceRoute, raiseObjectionRoute];

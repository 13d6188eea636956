import { changeClaimTypeRoute } from './change-claim-type.request.js';
import { reclassifyPetitionRoute } from './reclassify-petition.request.js';

export const CLASSIFICATION_ROUTES = [reclassifyPetitionRoute, changeClaimTypeRoute];

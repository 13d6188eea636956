import { reclassifyPetitionRoute } from './reclassify-petition.request.js';

export const CLASSIFICATION_ROUTES = [reclassifyPetitionRoute];

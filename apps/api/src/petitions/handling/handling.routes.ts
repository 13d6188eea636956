import { closePetitionRoute } from './close-petition.request.js';
import { extendHandlingRoute } from './extend-handling.request.js';
import { issueOpinionRoute } from './issue-opinion.request.js';
import { recordRatingRoute } from './record-rating.request.js';

export const HANDLING_ROUTES = [extendHandlingRoute, issueOpinionRoute, closePetitionRoute, recordRatingRoute];

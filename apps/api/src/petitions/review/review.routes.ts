import { issueFinalReviewOpinionRoute } from './issue-final-review-opinion.request.js';
import { issueReviewOpinionRoute } from './issue-review-opinion.request.js';
import { requestFinalReviewRoute } from './request-final-review.request.js';
import { requestReviewRoute } from './request-review.request.js';

export const REVIEW_ROUTES = [requestReviewRoute, issueReviewOpinionRoute, requestFinalReviewRoute, issueFinalReviewOpinionRoute];

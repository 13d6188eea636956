import { RequestReviewRequest } from '../request-review/request-review.request.js';

/** 复核: asked like a review, within 30 days of the review opinion (Art. 36). */
export class RequestFinalReviewRequest extends RequestReviewRequest {}

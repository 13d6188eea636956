import { caseCommand } from '../command-path/case-command.route.js';
import { RequestReviewRequest } from './request-review.request.js';

/** 复核: asked like a review, within 30 days of the review opinion (Art. 36). */
export class RequestFinalReviewRequest extends RequestReviewRequest {}

export const requestFinalReviewRoute = caseCommand({
  name: 'RequestFinalReview',
  action: 'request',
  path: 'final-review',
  roles: ['clerk', 'admin'],
  summary: 'Record the petitioner’s request for final review (复核), within 30 days of the review opinion (Art. 36)',
  body: RequestFinalReviewRequest,
  command: (body) => ({ type: 'RequestFinalReview', data: { ...body } }),
});

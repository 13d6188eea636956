import { caseCommand } from '../command-path/case-command.route.js';
import { IssueReviewOpinionRequest } from './issue-review-opinion.request.js';

/** 复核意见书: shaped like the review opinion; serving it concludes the matter (终结). */
export class IssueFinalReviewOpinionRequest extends IssueReviewOpinionRequest {}

export const issueFinalReviewOpinionRoute = caseCommand({
  name: 'IssueFinalReviewOpinion',
  action: 'issue',
  path: 'final-review/opinion',
  roles: ['clerk', 'admin'],
  summary: 'Serve the final review opinion (复核意见书); the matter is concluded (终结)',
  body: IssueFinalReviewOpinionRequest,
  command: (body) => ({ type: 'IssueFinalReviewOpinion', data: { ...body } }),
});

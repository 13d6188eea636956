import { IssueReviewOpinionRequest } from '../issue-review-opinion/issue-review-opinion.request.js';

/** 复核意见书: shaped like the review opinion; serving it concludes the matter (终结). */
export class IssueFinalReviewOpinionRequest extends IssueReviewOpinionRequest {}

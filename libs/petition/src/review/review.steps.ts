import type { StepDefinition } from '../core/decider-tables.js';
import { noProceedingOpen } from '../core/petition.queries.js';

export const REVIEW_STEPS = {
  // The opinion is reviewable whether or not the case was closed: a lifecycle position, 409 without a served opinion.
  // Only a claim's opinion is reviewed (Arts. 29–31: a suggestion is answered, with no review path).
  request_review: { stages: ['opinion_served', 'closed'], admits: (petition) => 'opinion' in petition && petition.opinion !== undefined && (petition.claimType ?? 'claim') === 'claim' },
  issue_review_opinion: { stages: ['under_review'], admits: noProceedingOpen },
  request_final_review: { stages: ['reviewed'] },
  issue_final_review_opinion: { stages: ['under_final_review'], admits: noProceedingOpen },
} as const satisfies Record<string, StepDefinition>;

/** The vocabularies of handling (办理), closure (办结) and review (复查 / 复核). */

/** 处理意见书 (Art. 32): the petitioner's request is supported, explained, or not supported. */
export const OPINION_OUTCOMES = ['supported', 'explained', 'not_supported'] as const;
export type OpinionOutcome = (typeof OPINION_OUTCOMES)[number];

export const CLOSURE_OUTCOMES = ['resolved_by_mediation', 'opinion_served', 'withdrawn', 'diverted'] as const;
export type ClosureOutcome = (typeof CLOSURE_OUTCOMES)[number];

export const RATINGS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type Rating = (typeof RATINGS)[number];

/** A review (复查) or final review (复核) upholds, changes or revokes the opinion before it. */
export const REVIEW_OUTCOMES = ['upheld', 'changed', 'revoked'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/**
 * Every stage of a petition in lifecycle order, apart from the state so that the areas' step
 * tables and the hearing record can name every stage; `petition.steps.ts` checks it against the
 * state's stages.
 */
export const PETITION_STAGES = [
  'registered',
  'forwarded',
  'assigned',
  'objected',
  'accepted',
  'not_accepted',
  'diverted',
  'channelled',
  'opinion_served',
  'closed',
  'under_review',
  'reviewed',
  'under_final_review',
  'concluded',
] as const;

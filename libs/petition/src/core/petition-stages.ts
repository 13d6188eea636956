import { everyOf } from './every-of.js';
import type { PetitionStage } from './petition.state.js';

/** Every stage of a petition in lifecycle order; a module of its own so that the areas' step tables can list every stage. */
export const PETITION_STAGES = everyOf<PetitionStage>()([
  'registered',
  'forwarded',
  'assigned',
  'objected',
  'accepted',
  'not_accepted',
  'diverted',
  'opinion_served',
  'closed',
  'under_review',
  'reviewed',
  'under_final_review',
  'concluded',
]);

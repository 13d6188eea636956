import type { AcceptanceDecisionKind } from './petition.commands.js';
import type { PetitionStage, PetitionState } from './petition.state.js';

/**
 * The steps a petition can take, named as the API and a clerk would say them. Finer than command
 * types: `DecideAcceptance` is five steps, because a forwarded case may be accepted but not
 * forwarded again. These are the values of `allowedNextSteps` and of a 409's `allowedNext`.
 */
export type PetitionStep = 'register' | 'accept' | 'not_accept' | 'forward' | 'assign' | 'divert';

export const STEP_OF_DECISION: Readonly<Record<AcceptanceDecisionKind, PetitionStep>> = {
  accepted: 'accept',
  not_accepted: 'not_accept',
  forwarded: 'forward',
  assigned: 'assign',
  diverted: 'divert',
};

/** The lifecycle as a table: a step not listed for a stage is refused with a 409. */
const STEPS_BY_STAGE: Readonly<Record<PetitionStage, readonly PetitionStep[]>> = {
  registered: ['accept', 'not_accept', 'forward', 'assign', 'divert'],
  // The receiving unit has 5 working days to take the case or object (Art. 23 ¶3).
  forwarded: ['accept'],
  assigned: ['accept'],
  accepted: [],
  not_accepted: [],
  diverted: [],
};

export const PETITION_STAGES: readonly PetitionStage[] = Object.keys(STEPS_BY_STAGE) as PetitionStage[];

export function isStepAllowedInStage(stage: PetitionStage, step: PetitionStep): boolean {
  return STEPS_BY_STAGE[stage].includes(step);
}

/**
 * The steps the petition's state admits now: its stage, and for `divert` its category (only
 * 涉法涉诉 may be diverted). A step outside the stage's list is a 409; `divert` on another
 * category is a 422, since reclassifying the petition would make it allowed.
 */
export function allowedNextSteps(state: PetitionState): PetitionStep[] {
  if (state.status === 'none') return ['register'];
  return STEPS_BY_STAGE[state.status].filter((step) => step !== 'divert' || state.category === 'law_litigation');
}

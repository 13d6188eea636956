import type { PetitionCommandType } from './petition.commands.js';
import { TransitionRefusedError } from './petition.errors.js';
import type { ExistingPetition } from './petition.state.js';
import { allowedNextSteps, isStepAllowedInStage, type PetitionStep, type StagesAllowing } from './petition.steps.js';

/** A petition in one of the stages whose row lists `Step`. */
export type PetitionAllowing<Step extends PetitionStep> = Extract<ExistingPetition, { status: StagesAllowing<Step> }>;

/** The first check of every command: the stage must list the step (else 409, naming what is allowed). */
export function refuseUnlessStageAllows<Step extends PetitionStep>(
  petition: ExistingPetition,
  command: PetitionCommandType,
  step: Step,
): asserts petition is PetitionAllowing<Step> {
  if (!isStepAllowedInStage(petition.status, step)) refuseStep(petition, command, step);
}

export function refuseStep(petition: ExistingPetition, command: PetitionCommandType, step: PetitionStep): never {
  throw new TransitionRefusedError(petition.status, command, step, allowedNextSteps(petition));
}

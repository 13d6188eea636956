import { CorruptPetitionStreamError } from './petition.errors.js';
import type { PetitionEvent } from './petition.events.js';
import type { ExistingPetition, PetitionStage } from './petition.state.js';

/** The petition, if it is in a stage the event can follow; else the stream is corrupt. */
export function inStage<Stage extends PetitionStage>(
  petition: ExistingPetition,
  event: PetitionEvent,
  stages: readonly Stage[],
): Extract<ExistingPetition, { status: Stage }> {
  if (!(stages as readonly PetitionStage[]).includes(petition.status)) throw new CorruptPetitionStreamError(event.type, petition.status);
  return petition as Extract<ExistingPetition, { status: Stage }>;
}

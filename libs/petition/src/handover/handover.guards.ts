import type { PetitionCommandType } from '../core/petition.commands.js';
import type { ExistingPetition } from '../core/petition.state.js';
import type { PetitionStep } from '../core/petition.steps.js';
import { refuseStep } from '../core/step-guard.js';
import { currentHandover } from './handover.queries.js';
import type { UnitHandover } from './handover.types.js';

/** The handover a unit's step concerns; with none current (objected away), the step is not the case's to take (409). */
export function theCurrentHandover(petition: ExistingPetition, command: PetitionCommandType, step: PetitionStep): UnitHandover {
  return currentHandover(petition) ?? refuseStep(petition, command, step);
}

export function handoverName(handover: UnitHandover): string {
  return handover.decision === 'forwarded' ? 'forwarding' : 'assignment';
}

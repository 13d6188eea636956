import type { PetitionCommandType } from './petition.commands.js';
import type { PetitionEventType } from './petition.events.js';
import type { PetitionStage, PetitionState } from './petition.state.js';
import type { PetitionStep } from './petition.steps.js';

/** A command for a petition whose stream has no events (→ 404). */
export class PetitionNotFoundError extends Error {
  override readonly name = 'PetitionNotFoundError';
  constructor(readonly command: PetitionCommandType) {
    super(`There is no petition to apply ${command} to`);
  }
}

/** RegisterPetition on a stream that already holds a petition (→ 409). */
export class PetitionAlreadyExistsError extends Error {
  override readonly name = 'PetitionAlreadyExistsError';
  constructor(readonly petitionId: string, readonly receiptNumber: string) {
    super(`Petition ${petitionId} is already registered, as ${receiptNumber}`);
  }
}

/** The petition's stage does not allow this step (→ 409). */
export class TransitionRefusedError extends Error {
  override readonly name = 'TransitionRefusedError';
  constructor(
    readonly stage: PetitionStage,
    readonly command: PetitionCommandType,
    readonly step: PetitionStep,
    readonly allowedNext: PetitionStep[],
  ) {
    const next = allowedNext.length > 0 ? allowedNext.join(', ') : 'none';
    super(`A petition in stage ${stage} cannot ${step} (${command}); allowed next: ${next}`);
  }
}

export interface RuleViolation {
  /** The command data field at fault, as a path: `receivedAt`, `petitioners[1].idNumber`. */
  field: string;
  message: string;
}

/** The command's content breaks business rules; every broken rule is listed (→ 422). */
export class RuleViolationError extends Error {
  override readonly name = 'RuleViolationError';
  constructor(readonly violations: RuleViolation[]) {
    super(`The petition rules refuse this: ${violations.map((v) => `${v.field}: ${v.message}`).join('; ')}`);
  }
}

/** The stream holds an event that cannot follow the ones before it: a defect, not a user error (→ 500). */
export class CorruptPetitionStreamError extends Error {
  override readonly name = 'CorruptPetitionStreamError';
  constructor(readonly eventType: PetitionEventType, readonly stage: PetitionState['status']) {
    super(`A ${eventType} event cannot follow a petition in stage ${stage}`);
  }
}

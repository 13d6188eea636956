import type { PetitionCommandType } from '../core/petition.commands.js';
import type { PetitionStage } from '../core/petition.state.js';

/** A supervision the case does not have, or, to a unit's user, one addressed to another unit (→ 404). */
export class SupervisionNotFoundError extends Error {
  override readonly name = 'SupervisionNotFoundError';
  constructor(readonly command: PetitionCommandType, readonly supervisionId: string) {
    super(`The case has no supervision ${supervisionId} for this user (${command})`);
  }
}

/**
 * Supervision or a leader's step the case's record rules out (→ 409): a closed or concluded case (or
 * one with no unit at work on it) is not supervised, a level is answered once, escalation stops at
 * listed supervision, the owning leader is named once.
 */
export class SupervisionRefusedError extends Error {
  override readonly name = 'SupervisionRefusedError';
  constructor(readonly command: PetitionCommandType, readonly stage: PetitionStage, readonly reason: string) {
    super(`${command} refused: ${reason}`);
  }
}

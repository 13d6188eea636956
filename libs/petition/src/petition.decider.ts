import type { Decider } from './decider.types.js';
import { decideAcceptance } from './decide-acceptance.decide.js';
import type { PetitionCommand } from './petition.commands.js';
import { PetitionAlreadyExistsError, PetitionNotFoundError } from './petition.errors.js';
import type { PetitionEvent } from './petition.events.js';
import { evolve } from './petition.evolve.js';
import { initialState, type PetitionState } from './petition.state.js';
import { decideRegistration } from './register-petition.decide.js';

/**
 * Answers a command from the petition's current state with the events to append, or throws:
 * PetitionNotFoundError (404), PetitionAlreadyExistsError or TransitionRefusedError (409),
 * RuleViolationError (422). Each command's rules live in its own `*.decide.ts`.
 */
export function decide(command: PetitionCommand, state: PetitionState): PetitionEvent[] {
  if (command.type === 'RegisterPetition') {
    if (state.status !== 'none') throw new PetitionAlreadyExistsError(state.petitionId, state.receiptNumber);
    return decideRegistration(command);
  }
  if (state.status === 'none') throw new PetitionNotFoundError(command.type);

  switch (command.type) {
    case 'DecideAcceptance':
      return decideAcceptance(command, state);
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

export const petitionDecider: Decider<PetitionCommand, PetitionEvent, PetitionState> = { initialState, decide, evolve };

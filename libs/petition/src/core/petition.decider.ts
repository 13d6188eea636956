import { ACCEPTANCE_DECIDERS } from '../acceptance/acceptance.deciders.js';
import { CLASSIFICATION_DECIDERS } from '../classification/classification.deciders.js';
import { HANDLING_DECIDERS } from '../handling/handling.deciders.js';
import { HANDOVER_DECIDERS } from '../handover/handover.deciders.js';
import { isCaseOfUnit } from '../handover/handover.queries.js';
import { HEARING_DECIDERS } from '../hearing/hearing.deciders.js';
import type { RegisterPetition } from '../intake/intake.commands.js';
import { decideRegistration } from '../intake/register-petition.decide.js';
import { MEDIATION_DECIDERS } from '../mediation/mediation.deciders.js';
import { PROGRAMME_DECIDERS } from '../programme/programme.deciders.js';
import { REVIEW_DECIDERS } from '../review/review.deciders.js';
import { CASE_FILE_DECIDERS } from '../case-file/case-file.deciders.js';
import { SUPERVISION_DECIDERS } from '../supervision/supervision.deciders.js';
import { isCaseOfLeader } from '../supervision/supervision.queries.js';
import type { DecideTable } from './decider-tables.js';
import type { Decider } from './decider.types.js';
import type { PetitionCommand } from './petition.commands.js';
import { PetitionAlreadyExistsError, PetitionNotFoundError } from './petition.errors.js';
import type { PetitionEvent } from './petition.events.js';
import { evolve } from './petition.evolve.js';
import { type ExistingPetition, initialState, type PetitionState } from './petition.state.js';

type CaseCommand = Exclude<PetitionCommand, RegisterPetition>;

/** Every command on an existing case, with the function that answers it; each lives in its sub-area. */
const DECIDERS: DecideTable<CaseCommand, PetitionEvent> = {
  ...ACCEPTANCE_DECIDERS,
  ...HANDOVER_DECIDERS,
  ...CLASSIFICATION_DECIDERS,
  ...HEARING_DECIDERS,
  ...MEDIATION_DECIDERS,
  ...HANDLING_DECIDERS,
  ...REVIEW_DECIDERS,
  ...CASE_FILE_DECIDERS,
  ...PROGRAMME_DECIDERS,
  ...SUPERVISION_DECIDERS,
};

/**
 * Answers a command from the petition's current state with the events to append, or throws:
 * PetitionNotFoundError (404, also for a unit's user on a case not handed to their unit and a leader on a case they do not own); NotPermittedError (403); PetitionAlreadyExistsError,
 * TransitionRefusedError, ProceedingStateError or AlreadyRecordedError (409);
 * RuleViolationError (422); and, from the calendar, CalendarNotCoveredError when a statutory
 * window needs a year it has no data for. Each command's rules live in its own `*.decide.ts`.
 */
export function decide(command: PetitionCommand, state: PetitionState): PetitionEvent[] {
  if (command.type === 'RegisterPetition') {
    if (state.status !== 'none') throw new PetitionAlreadyExistsError(state.petitionId, state.receiptNumber);
    return decideRegistration(command);
  }
  if (state.status === 'none') throw new PetitionNotFoundError(command.type);
  // A unit's users act only on the cases handed to their unit; any other is, to them, no case at all.
  const { actor, units } = command.context;
  if (actor.role === 'unit' && !isCaseOfUnit(state, actor.unit ?? '', units)) throw new PetitionNotFoundError(command.type);
  // A leader acts only on the cases they own (包案, or a programme's owning leader), as they read only those.
  if (actor.role === 'leader' && !isCaseOfLeader(state, actor.id)) throw new PetitionNotFoundError(command.type);
  const decideCommand = DECIDERS[command.type] as (command: CaseCommand, petition: ExistingPetition) => PetitionEvent[];
  return decideCommand(command, state);
}

export const petitionDecider: Decider<PetitionCommand, PetitionEvent, PetitionState> = { initialState, decide, evolve };

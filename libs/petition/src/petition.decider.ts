import type { Decider } from './decider.types.js';
import { decideAcceptance } from './decide-acceptance.decide.js';
import { decideClosure } from './close-petition.decide.js';
import { decideHearingConclusion } from './conclude-hearing.decide.js';
import { decideExtension } from './extend-handling.decide.js';
import { decideHearingAdjournment, decideHearingCancellation, decideHearingRescheduling } from './hearing-changes.decide.js';
import { decideHandlingOpinion } from './issue-opinion.decide.js';
import { decideMediationAgreement, decideMediationFailure, decideMediationSession, decideMediationStart } from './mediation.decide.js';
import type { PetitionCommand } from './petition.commands.js';
import { PetitionAlreadyExistsError, PetitionNotFoundError } from './petition.errors.js';
import type { PetitionEvent } from './petition.events.js';
import { evolve } from './petition.evolve.js';
import { initialState, type PetitionState } from './petition.state.js';
import { decideObjection } from './raise-objection.decide.js';
import { decideReclassification } from './reclassify.decide.js';
import { decidePanelOpinion } from './record-panel-opinion.decide.js';
import { decideRating } from './record-rating.decide.js';
import { decideRegistration } from './register-petition.decide.js';
import { decideFinalReviewOpinion, decideFinalReviewRequest, decideReviewOpinion, decideReviewRequest } from './review.decide.js';
import { decideHearingScheduling } from './schedule-hearing.decide.js';

/**
 * Answers a command from the petition's current state with the events to append, or throws:
 * PetitionNotFoundError (404); NotPermittedError (403); PetitionAlreadyExistsError,
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

  switch (command.type) {
    case 'DecideAcceptance':
      return decideAcceptance(command, state);
    case 'RaiseObjection':
      return decideObjection(command, state);
    case 'Reclassify':
      return decideReclassification(command, state);
    case 'ScheduleHearing':
      return decideHearingScheduling(command, state);
    case 'RescheduleHearing':
      return decideHearingRescheduling(command, state);
    case 'AdjournHearing':
      return decideHearingAdjournment(command, state);
    case 'CancelHearing':
      return decideHearingCancellation(command, state);
    case 'RecordPanelOpinion':
      return decidePanelOpinion(command, state);
    case 'ConcludeHearing':
      return decideHearingConclusion(command, state);
    case 'StartMediation':
      return decideMediationStart(command, state);
    case 'RecordMediationSession':
      return decideMediationSession(command, state);
    case 'RecordMediationAgreement':
      return decideMediationAgreement(command, state);
    case 'RecordMediationFailure':
      return decideMediationFailure(command, state);
    case 'ExtendHandling':
      return decideExtension(command, state);
    case 'IssueOpinion':
      return decideHandlingOpinion(command, state);
    case 'ClosePetition':
      return decideClosure(command, state);
    case 'RecordRating':
      return decideRating(command, state);
    case 'RequestReview':
      return decideReviewRequest(command, state);
    case 'IssueReviewOpinion':
      return decideReviewOpinion(command, state);
    case 'RequestFinalReview':
      return decideFinalReviewRequest(command, state);
    case 'IssueFinalReviewOpinion':
      return decideFinalReviewOpinion(command, state);
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

export const petitionDecider: Decider<PetitionCommand, PetitionEvent, PetitionState> = { initialState, decide, evolve };

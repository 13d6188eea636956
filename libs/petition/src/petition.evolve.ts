import { evolveHandling } from './handling.evolve.js';
import { evolveHearing } from './hearing.evolve.js';
import { evolveMediation } from './mediation.evolve.js';
import { CorruptPetitionStreamError } from './petition.errors.js';
import { businessDateOf, type PetitionEvent, type RegistrationFacts } from './petition.events.js';
import { initialState, type PetitionState, type RegisteredPetition, type TimelineEntry } from './petition.state.js';
import { evolveReview } from './review.evolve.js';

/**
 * Applies one recorded event. Events are facts: the stage a decision event moves to is taken as
 * recorded. Only an event that cannot be placed at all (anything before the registration, a second
 * registration, a step that needs a record the case lacks, such as an opinion on an unknown
 * hearing) means the stream is corrupt, and folding it further would invent a case.
 */
export function evolve(state: PetitionState, event: PetitionEvent): PetitionState {
  const step: TimelineEntry = { event: event.type, date: businessDateOf(event) };
  if (event.type === 'PetitionRegistered') {
    if (state.status !== 'none') throw new CorruptPetitionStreamError(event.type, state.status);
    return registered(event.data, step);
  }
  if (state.status === 'none') throw new CorruptPetitionStreamError(event.type, state.status);

  const petition = { ...state, timeline: [...state.timeline, step] };
  switch (event.type) {
    case 'PetitionAccepted':
      return {
        ...petition,
        status: 'accepted',
        acceptance: { decision: 'accepted', ...event.data },
        ...((state.status === 'forwarded' || state.status === 'assigned') && { handover: state.acceptance }),
        hearings: [],
        mediations: [],
      };
    case 'PetitionNotAccepted':
      return { ...petition, status: 'not_accepted', acceptance: { decision: 'not_accepted', ...event.data } };
    case 'PetitionForwarded':
      return { ...petition, status: 'forwarded', acceptance: { decision: 'forwarded', ...event.data } };
    case 'PetitionAssigned':
      return { ...petition, status: 'assigned', acceptance: { decision: 'assigned', ...event.data } };
    case 'PetitionDiverted':
      return { ...petition, status: 'diverted', acceptance: { decision: 'diverted', ...event.data } };
    case 'UnitObjected':
    case 'PetitionReclassified':
    case 'HandlingExtended':
    case 'HandlingOpinionIssued':
    case 'PetitionClosed':
    case 'SatisfactionRated':
      return evolveHandling(petition, event);
    case 'HearingScheduled':
    case 'HearingRescheduled':
    case 'HearingAdjourned':
    case 'HearingCancelled':
    case 'PanelOpinionRecorded':
    case 'HearingConcluded':
      return evolveHearing(petition, event);
    case 'MediationStarted':
    case 'MediationSessionHeld':
    case 'MediationAgreed':
    case 'MediationFailed':
      return evolveMediation(petition, event);
    case 'ReviewRequested':
    case 'ReviewOpinionIssued':
    case 'FinalReviewRequested':
    case 'FinalReviewOpinionIssued':
      return evolveReview(petition, event);
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/** Registration, with the links to earlier cases of the same matter (none when the event has none). */
function registered(data: RegistrationFacts, step: TimelineEntry): RegisteredPetition {
  const { priorConcludedCases = [], relatedCases = [], ...facts } = data;
  return {
    status: 'registered',
    ...facts,
    concludedMatter: priorConcludedCases.length > 0,
    priorConcludedCases,
    relatedCases,
    objections: [],
    reclassifications: [],
    timeline: [step],
  };
}

export function foldPetition(events: readonly PetitionEvent[]): PetitionState {
  return events.reduce(evolve, initialState());
}

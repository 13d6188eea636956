import { CorruptPetitionStreamError } from './petition.errors.js';
import { businessDateOf, type PetitionEvent } from './petition.events.js';
import { initialState, type PetitionState, type TimelineEntry } from './petition.state.js';

/**
 * Applies one recorded event. Events are facts: the stage a decision event moves to is taken as
 * recorded. Only an event that cannot be placed at all (anything before the registration, or a
 * second registration) means the stream is corrupt, and folding it further would invent a case.
 */
export function evolve(state: PetitionState, event: PetitionEvent): PetitionState {
  const step: TimelineEntry = { event: event.type, date: businessDateOf(event) };
  if (event.type === 'PetitionRegistered') {
    if (state.status !== 'none') throw new CorruptPetitionStreamError(event.type, state.status);
    return { status: 'registered', ...event.data, timeline: [step] };
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
      };
    case 'PetitionNotAccepted':
      return { ...petition, status: 'not_accepted', acceptance: { decision: 'not_accepted', ...event.data } };
    case 'PetitionForwarded':
      return { ...petition, status: 'forwarded', acceptance: { decision: 'forwarded', ...event.data } };
    case 'PetitionAssigned':
      return { ...petition, status: 'assigned', acceptance: { decision: 'assigned', ...event.data } };
    case 'PetitionDiverted':
      return { ...petition, status: 'diverted', acceptance: { decision: 'diverted', ...event.data } };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

export function foldPetition(events: readonly PetitionEvent[]): PetitionState {
  return events.reduce(evolve, initialState());
}

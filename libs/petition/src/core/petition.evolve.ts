import { registeredPetition } from '../intake/intake.evolve.js';
import { eventDefinition } from './event-catalogue.js';
import { CorruptPetitionStreamError } from './petition.errors.js';
import type { PetitionEvent } from './petition.events.js';
import { initialState, type PetitionState, type TimelineEntry } from './petition.state.js';

/**
 * Applies one recorded event. Events are facts: the stage a decision event moves to is taken as
 * recorded. Only an event that cannot be placed at all (anything before the registration, a second
 * registration, a step that needs a record the case lacks, such as an opinion on an unknown
 * hearing) means the stream is corrupt, and folding it further would invent a case.
 */
export function evolve(state: PetitionState, event: PetitionEvent): PetitionState {
  const definition = eventDefinition(event.type);
  const step: TimelineEntry = { event: event.type, date: definition.date(event.data) };
  if (state.status === 'none') {
    if (event.type !== 'PetitionRegistered') throw new CorruptPetitionStreamError(event.type, state.status);
    return registeredPetition(event.data, step);
  }
  return definition.evolve({ ...state, timeline: [...state.timeline, step] }, event);
}

export function foldPetition(events: readonly PetitionEvent[]): PetitionState {
  return events.reduce(evolve, initialState());
}

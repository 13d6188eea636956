import type { EventTable } from '../core/decider-tables.js';
import { CorruptPetitionStreamError } from '../core/petition.errors.js';
import type { RegisteredPetition, TimelineEntry } from '../core/petition.state.js';
import type { IntakeEvent, RegistrationFacts } from './intake.events.js';

/** Registration, with the links to earlier cases of the same matter (none when the event has none). */
export function registeredPetition(data: RegistrationFacts, step: TimelineEntry): RegisteredPetition {
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

export const INTAKE_EVENTS: EventTable<IntakeEvent> = {
  // A registration starts the stream (`evolve` applies it to no petition): a second one is corruption.
  PetitionRegistered: {
    name: 'receipt',
    kind: 'stage',
    date: (data) => data.receivedAt,
    evolve: (petition, event) => {
      throw new CorruptPetitionStreamError(event.type, petition.status);
    },
  },
};

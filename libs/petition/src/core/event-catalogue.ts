import { ACCEPTANCE_EVENTS } from '../acceptance/acceptance.evolve.js';
import { CLASSIFICATION_EVENTS } from '../classification/classification.evolve.js';
import { HANDLING_EVENTS } from '../handling/handling.evolve.js';
import { HANDOVER_EVENTS } from '../handover/handover.evolve.js';
import { HEARING_EVENTS } from '../hearing/hearing.evolve.js';
import { INTAKE_EVENTS } from '../intake/intake.evolve.js';
import { MEDIATION_EVENTS } from '../mediation/mediation.evolve.js';
import { PROGRAMME_EVENTS } from '../programme/programme.evolve.js';
import { REVIEW_EVENTS } from '../review/review.evolve.js';
import { CASE_FILE_EVENTS } from '../case-file/case-file.evolve.js';
import { SUPERVISION_EVENTS } from '../supervision/supervision.evolve.js';
import type { IsoDate } from './business-date.js';
import type { EventDefinition, EventTable } from './decider-tables.js';
import type { PetitionEvent } from './petition.events.js';

/** Every event type with its business date, its place in the timeline and how it changes the case. */
const PETITION_EVENTS: EventTable<PetitionEvent> = {
  ...INTAKE_EVENTS,
  ...ACCEPTANCE_EVENTS,
  ...HANDOVER_EVENTS,
  ...CLASSIFICATION_EVENTS,
  ...HEARING_EVENTS,
  ...MEDIATION_EVENTS,
  ...HANDLING_EVENTS,
  ...REVIEW_EVENTS,
  ...CASE_FILE_EVENTS,
  ...PROGRAMME_EVENTS,
  ...SUPERVISION_EVENTS,
};

export function eventDefinition(type: PetitionEvent['type']): EventDefinition<PetitionEvent> {
  return PETITION_EVENTS[type] as EventDefinition<PetitionEvent>;
}

/** The day the step happened (its business date), as the timeline and the statutory clocks see it. */
export function businessDateOf(event: PetitionEvent): IsoDate {
  return eventDefinition(event.type).date(event.data);
}

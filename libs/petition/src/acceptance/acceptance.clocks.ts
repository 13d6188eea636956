import { caseClock, type ClockDerivations, stopOf } from '../core/case-clock.js';

const DECISION_EVENTS = new Set(['PetitionAccepted', 'PetitionNotAccepted', 'PetitionForwarded', 'PetitionAssigned', 'PetitionDiverted', 'PetitionChannelled']);

export const ACCEPTANCE_CLOCKS: ClockDerivations<'acceptance'> = {
  // From receipt to the bureau's first decision, whichever it was.
  acceptance: (petition) => [caseClock('acceptance', 0, petition.receivedAt, {}, stopOf(petition.receivedAt, petition.timeline.find((entry) => DECISION_EVENTS.has(entry.event))?.date))],
};

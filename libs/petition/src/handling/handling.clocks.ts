import { caseClock, type ClockDerivations, earliestDate } from '../core/case-clock.js';

export const HANDLING_CLOCKS: ClockDerivations<'handling' | 'rating_window'> = {
  // From acceptance until the opinion is served or the case is closed, lengthened by the extension.
  handling: (petition) => {
    if (!('mediations' in petition)) return [];
    const opinion = 'opinion' in petition ? petition.opinion : undefined;
    const closure = 'closure' in petition ? petition.closure : undefined;
    const params = petition.extension ? { extensionDays: petition.extension.days } : {};
    return [caseClock('handling', 0, petition.acceptance.decidedAt, params, earliestDate(opinion?.servedOn, closure?.closedOn))];
  },
  rating_window: (petition) => {
    if (!('closure' in petition) || !petition.closure) return [];
    return [caseClock('rating_window', 0, petition.closure.closedOn, {}, petition.rating?.ratedOn)];
  },
};

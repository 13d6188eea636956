import { caseClock, type ClockDerivations, stopOf } from '../core/case-clock.js';

export const HANDLING_CLOCKS: ClockDerivations<'handling' | 'rating_window'> = {
  // From acceptance until the opinion is served or the case is closed, lengthened by the extension.
  // Only a claim takes the 60-day path (Art. 31 item 6); a suggestion is answered, an accusation goes to discipline inspection.
  handling: (petition) => {
    if (!('mediations' in petition) || (petition.claimType ?? 'claim') !== 'claim') return [];
    const opinion = 'opinion' in petition ? petition.opinion : undefined;
    const closure = 'closure' in petition ? petition.closure : undefined;
    const params = petition.extension ? { extensionDays: petition.extension.days } : {};
    const { decidedAt } = petition.acceptance;
    return [caseClock('handling', 0, decidedAt, params, stopOf(decidedAt, opinion?.servedOn, closure?.closedOn))];
  },
  rating_window: (petition) => {
    if (!('closure' in petition) || !petition.closure) return [];
    return [caseClock('rating_window', 0, petition.closure.closedOn, {}, stopOf(petition.closure.closedOn, petition.rating?.ratedOn))];
  },
};

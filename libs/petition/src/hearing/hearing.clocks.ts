import { caseClock, type ClockDerivations, stopOf } from '../core/case-clock.js';

export const HEARING_CLOCKS: ClockDerivations<'resolution_plan'> = {
  // One per concluded hearing, from its conclusion to the resolve-by date the chair set, until the
  // step that ends the stage it was held in: the closure, or in a review the review's opinion.
  resolution_plan: (petition) => {
    if (!('hearings' in petition)) return [];
    const ends = [
      'closure' in petition ? petition.closure?.closedOn : undefined,
      'review' in petition ? petition.review.opinion?.servedOn : undefined,
      'finalReview' in petition ? petition.finalReview.opinion?.servedOn : undefined,
    ];
    return petition.hearings.flatMap((hearing, seq) => {
      if (hearing.status !== 'concluded') return [];
      const { concludedOn, resolveBy } = hearing.conclusion;
      return [caseClock('resolution_plan', seq, concludedOn, { resolveBy }, stopOf(concludedOn, ...ends))];
    });
  },
};

import { caseClock, type ClockDerivations } from '../core/case-clock.js';

export const HEARING_CLOCKS: ClockDerivations<'resolution_plan'> = {
  // One per concluded hearing, from its conclusion to the resolve-by date the chair set, until closure.
  resolution_plan: (petition) => {
    if (!('hearings' in petition)) return [];
    const closure = 'closure' in petition ? petition.closure : undefined;
    return petition.hearings.flatMap((hearing, seq) =>
      hearing.status === 'concluded' ? [caseClock('resolution_plan', seq, hearing.conclusion.concludedOn, { resolveBy: hearing.conclusion.resolveBy }, closure?.closedOn)] : [],
    );
  },
};

import { caseClock, type CaseClock, type ClockDerivations, stopOf } from '../core/case-clock.js';

export const SUPERVISION_CLOCKS: ClockDerivations<'supervision_answer'> = {
  // Each level of each supervision: from its issue or escalation to its answer-by date, until the unit answers or the bureau escalates it.
  supervision_answer: (petition) => {
    const clocks: CaseClock<'supervision_answer'>[] = [];
    for (const supervision of petition.supervisions ?? []) {
      supervision.rounds.forEach((round, i) => {
        const stop = stopOf(round.from, round.answer?.answeredOn, supervision.rounds[i + 1]?.from);
        clocks.push(caseClock('supervision_answer', clocks.length, round.from, { answerBy: round.answerBy }, stop, supervision.unit));
      });
    }
    return clocks;
  },
};

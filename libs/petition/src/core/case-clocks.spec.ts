import { foldPetition } from './petition.evolve.js';
import { petitionClocks } from './case-clocks.js';
import type { ExistingPetition } from './petition.state.js';
import type { PetitionEvent } from './petition.events.js';
import { accepted, closedAsServed, finalReviewOpinionIssued, finalReviewRequested, hearingConcluded, hearingScheduled, ALL_OPINIONS, IN_HANDLING, OPINION_SERVED, rated, reviewOpinionIssued, reviewRequested } from '../testing/handling.fixtures.js';
import { registered } from '../testing/handling.fixtures.js';

const clocksOf = (events: PetitionEvent[]) => petitionClocks(foldPetition(events) as ExistingPetition);
const summary = (events: PetitionEvent[]) => clocksOf(events).map((clock) => [clock.kind, clock.startedOn, clock.stoppedOn ?? null]);

describe('the clocks a case has started', () => {
  it('runs only the acceptance clock on a registered case', () => {
    expect(summary([registered])).toEqual([['acceptance', '2026-11-20', null]]);
  });

  it('stops acceptance at the decision and starts handling', () => {
    expect(summary(IN_HANDLING)).toEqual([
      ['acceptance', '2026-11-20', '2026-11-25'],
      ['handling', '2026-11-25', null],
    ]);
  });

  it('runs a unit-objection clock from a forwarding until the unit accepts', () => {
    const forwarded: PetitionEvent = { type: 'PetitionForwarded', data: { decidedAt: '2026-11-23', toUnit: '射阳县住房和城乡建设局' } };
    expect(summary([registered, forwarded])).toEqual([
      ['acceptance', '2026-11-20', '2026-11-23'],
      ['unit_objection', '2026-11-23', null],
    ]);
    expect(summary([registered, forwarded, accepted])).toEqual([
      ['acceptance', '2026-11-20', '2026-11-23'],
      ['unit_objection', '2026-11-23', '2026-11-25'],
      ['handling', '2026-11-25', null],
    ]);
  });

  it('carries the extension into the handling clock and adds a resolution-plan clock per concluded hearing', () => {
    const extended: PetitionEvent = { type: 'HandlingExtended', data: { extendedOn: '2026-12-01', days: 20, reason: '案情复杂', approver: '局长' } };
    const clocks = clocksOf([...IN_HANDLING, extended, hearingScheduled(), ...ALL_OPINIONS, hearingConcluded()]);
    expect(clocks.find((clock) => clock.kind === 'handling')).toEqual({ kind: 'handling', seq: 0, startedOn: '2026-11-25', params: { extensionDays: 20 } });
    const plan = clocks.find((clock) => clock.kind === 'resolution_plan')!;
    expect(plan).toMatchObject({ kind: 'resolution_plan', params: { resolveBy: hearingConcluded().data.resolveBy } });
  });

  it('follows the opinion through closure, rating, review and final review', () => {
    expect(summary([...OPINION_SERVED, closedAsServed, rated, reviewRequested, reviewOpinionIssued, finalReviewRequested, finalReviewOpinionIssued])).toEqual([
      ['acceptance', '2026-11-20', '2026-11-25'],
      ['handling', '2026-11-25', '2027-02-01'],
      ['review_window', '2027-02-01', '2027-02-20'],
      ['review_answer', '2027-02-20', '2027-03-15'],
      ['final_review_window', '2027-03-15', '2027-04-01'],
      ['final_review_answer', '2027-04-01', '2027-04-28'],
      ['rating_window', '2027-02-02', '2027-02-03'],
    ]);
  });
});

import { foldPetition } from './petition.evolve.js';
import { petitionClocks } from './case-clocks.js';
import type { ExistingPetition } from './petition.state.js';
import type { PetitionEvent } from './petition.events.js';
import { REVIEWED, UNDER_REVIEW, accepted, closedAsServed, finalReviewOpinionIssued, finalReviewRequested, hearingConcluded, hearingScheduled, ALL_OPINIONS, IN_HANDLING, OPINION_SERVED, rated, reviewOpinionIssued, reviewRequested } from '../testing/handling.fixtures.js';
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

  it('runs the unit’s objection window from a forwarding recorded without a receipt; the unit accepting does not use it', () => {
    const forwarded: PetitionEvent = { type: 'PetitionForwarded', data: { decidedAt: '2026-11-23', toUnit: '射阳县住房和城乡建设局' } };
    expect(summary([registered, forwarded])).toEqual([
      ['acceptance', '2026-11-20', '2026-11-23'],
      ['unit_objection', '2026-11-23', null],
    ]);
    expect(summary([registered, forwarded, accepted])).toEqual([
      ['acceptance', '2026-11-20', '2026-11-23'],
      ['unit_objection', '2026-11-23', null],
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

  it('stops a plan concluded in a review, after the closure, at the review opinion: never before the plan began', () => {
    // Closed 2027-02-02; in the review a hearing concludes on 2027-03-01 with a plan to 2027-04-30.
    const hearingInReview = [
      hearingScheduled({ hearingId: 'H2', scheduledOn: '2027-02-21', hearingDate: '2027-02-28' }),
      ...ALL_OPINIONS.map((opinion) => ({ ...opinion, data: { ...opinion.data, hearingId: 'H2', givenOn: '2027-02-28' } })),
      hearingConcluded({ hearingId: 'H2', concludedOn: '2027-03-01', resolveBy: '2027-04-30' }),
    ];
    const running = clocksOf([...UNDER_REVIEW, ...hearingInReview]).filter((clock) => clock.kind === 'resolution_plan');
    expect(running).toEqual([{ kind: 'resolution_plan', seq: 0, startedOn: '2027-03-01', params: { resolveBy: '2027-04-30' } }]);
    const answered = [...UNDER_REVIEW, ...hearingInReview, { ...REVIEWED.at(-1)!, data: { ...REVIEWED.at(-1)!.data, servedOn: '2027-03-10' } } as PetitionEvent];
    expect(clocksOf(answered).find((clock) => clock.kind === 'resolution_plan')).toMatchObject({ startedOn: '2027-03-01', stoppedOn: '2027-03-10' });
  });

  it('never stops any clock before it starts, through the whole lifecycle', () => {
    const lifecycle = [...OPINION_SERVED, closedAsServed, rated, reviewRequested, reviewOpinionIssued, finalReviewRequested, finalReviewOpinionIssued];
    for (let length = 1; length <= lifecycle.length; length++) {
      for (const clock of clocksOf(lifecycle.slice(0, length))) if (clock.stoppedOn !== undefined) expect(clock.stoppedOn >= clock.startedOn).toBe(true);
    }
  });
});

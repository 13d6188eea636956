import type { RecordRating } from './handling.commands.js';
import { AlreadyRecordedError, TransitionRefusedError } from '../core/petition.errors.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { foldPetition } from '../core/petition.evolve.js';
import { petitionDecider } from '../core/petition.decider.js';
import { allowedNextSteps } from '../core/petition.steps.js';
import { given } from '../testing/given.js';
import { CLOSED, CONCLUDED, IN_HANDLING, OPINION_SERVED, UNDER_REVIEW, command, rated, reviewRequested, violationsOf } from '../testing/handling.fixtures.js';

/** Closed on Tuesday 2027-02-02: the 30 days end on Thursday 2027-03-04. */
const rate = (data: Partial<RecordRating['data']> = {}, now?: Date) => command<RecordRating>('RecordRating', { ...rated.data, ...data }, now ? { now } : {});

describe('RecordRating (满意度)', () => {
  it("records the petitioner's rating of a closed case", () => {
    given(petitionDecider, CLOSED).when(rate()).then([rated]);
    const state = foldPetition([...CLOSED, rated]);
    expect(state).toMatchObject({ status: 'closed', rating: rated.data });
    expect(allowedNextSteps(state)).toEqual(['request_review', 'reclassify', 'change_claim_type']);
  });

  it('dates the rating today by default', () => {
    given(petitionDecider, CLOSED)
      .when(rate({ ratedOn: undefined, rating: 'basically_satisfied' }, new Date('2027-02-10T02:00:00Z')))
      .then([{ type: 'SatisfactionRated', data: { ratedOn: '2027-02-10', rating: 'basically_satisfied' } }]);
  });

  describe('within 30 days of the closure', () => {
    it('on day 30', () => {
      given(petitionDecider, CLOSED).when(rate({ ratedOn: '2027-03-04' })).then([{ ...rated, data: { ...rated.data, ratedOn: '2027-03-04' } }]);
    });

    it('but not on day 31: the case stays unrated', () => {
      expect(violationsOf(CLOSED, rate({ ratedOn: '2027-03-05' }))).toEqual([
        { field: 'ratedOn', message: 'the 30 days to rate the case closed on 2027-02-02 ended on 2027-03-04; it stays unrated' },
      ]);
    });

    it('rolled past New Year’s Day and the weekend after it', () => {
      const closedOnDec2: PetitionEvent[] = [...IN_HANDLING, { type: 'PetitionClosed', data: { closedOn: '2026-12-02', outcome: 'withdrawn', reason: '撤回' } }];
      given(petitionDecider, closedOnDec2).when(rate({ ratedOn: '2027-01-04' })).then([{ ...rated, data: { ...rated.data, ratedOn: '2027-01-04' } }]);
      expect(violationsOf(closedOnDec2, rate({ ratedOn: '2027-01-05' }))[0]?.message).toContain('ended on 2027-01-04');
    });
  });

  it('may not precede the closure and needs a known rating', () => {
    expect(violationsOf(CLOSED, rate({ ratedOn: '2027-02-01', rating: 'angry' as never }))).toEqual([
      { field: 'rating', message: 'must be one of satisfied, basically_satisfied, dissatisfied' },
      { field: 'ratedOn', message: 'must not precede the closure on 2027-02-02' },
    ]);
  });

  it('is refused (409) a second time', () => {
    given(petitionDecider, [...CLOSED, rated]).when(rate({ rating: 'satisfied' })).thenThrows(AlreadyRecordedError, { step: 'rate', recordedOn: '2027-02-03' });
  });

  it.each([
    ['accepted', IN_HANDLING],
    ['opinion_served', OPINION_SERVED],
    ['concluded', CONCLUDED],
  ] as const)('is refused (409) before closure or after conclusion: stage %s', (stage, history) => {
    given(petitionDecider, [...history]).when(rate()).thenThrows(TransitionRefusedError, { stage, step: 'rate' });
  });

  describe('during a review', () => {
    it('is taken when the case was closed before the review', () => {
      given(petitionDecider, UNDER_REVIEW).when(rate({ ratedOn: '2027-02-25' })).then([{ ...rated, data: { ...rated.data, ratedOn: '2027-02-25' } }]);
    });

    it('is refused (409) when the review began before any closure', () => {
      const reviewedUnclosed = [...OPINION_SERVED, reviewRequested];
      expect(allowedNextSteps(foldPetition(reviewedUnclosed))).not.toContain('rate');
      given(petitionDecider, reviewedUnclosed).when(rate()).thenThrows(TransitionRefusedError, { stage: 'under_review', step: 'rate', allowedNext: ['schedule_hearing', 'issue_review_opinion', 'reclassify', 'change_claim_type'] });
    });
  });
});

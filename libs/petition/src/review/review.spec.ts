import type { IssueFinalReviewOpinion, IssueReviewOpinion, RequestFinalReview, RequestReview } from './review.commands.js';
import { ProceedingStateError, TransitionRefusedError } from '../core/petition.errors.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { foldPetition } from '../core/petition.evolve.js';
import { petitionDecider } from '../core/petition.decider.js';
import { allowedNextSteps } from '../core/petition.steps.js';
import { given } from '../testing/given.js';
import { ALL_OPINIONS, CLOSED, CONCLUDED, IN_HANDLING, OPINION_SERVED, REVIEWED, UNDER_FINAL_REVIEW, UNDER_REVIEW, closedAsServed, command, finalReviewOpinionIssued, finalReviewRequested, hearingConcluded, hearingScheduled, opinionIssued, reviewOpinionIssued, reviewRequested, violationsOf } from '../testing/handling.fixtures.js';
import { registered } from '../testing/handling.fixtures.js';

const requestReview = (data: Partial<RequestReview['data']> = {}) => command<RequestReview>('RequestReview', { ...reviewRequested.data, ...data });
const issueReviewOpinion = (data: Partial<IssueReviewOpinion['data']> = {}) => command<IssueReviewOpinion>('IssueReviewOpinion', { ...reviewOpinionIssued.data, ...data });
const requestFinalReview = (data: Partial<RequestFinalReview['data']> = {}) => command<RequestFinalReview>('RequestFinalReview', { ...finalReviewRequested.data, ...data });
const issueFinalOpinion = (data: Partial<IssueFinalReviewOpinion['data']> = {}) =>
  command<IssueFinalReviewOpinion>('IssueFinalReviewOpinion', { ...finalReviewOpinionIssued.data, ...data });
const requestedOn = (date: string): PetitionEvent => ({ ...reviewRequested, data: { ...reviewRequested.data, requestedOn: date } });

describe('RequestReview (复查, Art. 35)', () => {
  it("records the petitioner's request about a closed case's opinion", () => {
    given(petitionDecider, CLOSED).when(requestReview()).then([reviewRequested]);
    expect(foldPetition(UNDER_REVIEW)).toMatchObject({
      status: 'under_review',
      opinion: opinionIssued().data,
      closure: closedAsServed.data,
      review: { request: reviewRequested.data },
    });
  });

  it('may be requested before the clerk closed the case, and the case then stays unclosed', () => {
    given(petitionDecider, OPINION_SERVED).when(requestReview()).then([reviewRequested]);
    expect(foldPetition([...OPINION_SERVED, reviewRequested])).not.toHaveProperty('closure');
  });

  it('follows the opinion, not the closure: it may predate the closure', () => {
    given(petitionDecider, CLOSED).when(requestReview({ requestedOn: '2027-02-01' })).then([requestedOn('2027-02-01')]);
  });

  describe('within 30 days of the opinion being served', () => {
    it('on day 30 (Wednesday 2027-03-03)', () => {
      given(petitionDecider, CLOSED).when(requestReview({ requestedOn: '2027-03-03' })).then([requestedOn('2027-03-03')]);
    });

    it('but not on day 31', () => {
      expect(violationsOf(CLOSED, requestReview({ requestedOn: '2027-03-04' }))).toEqual([
        { field: 'requestedOn', message: 'the 30 days to contest the handling opinion served on 2027-02-01 ended on 2027-03-03 (条例 Art. 35)' },
      ]);
    });

    it('rolled from a Saturday to the Monday', () => {
      const servedOnThursday = [...IN_HANDLING, opinionIssued({ servedOn: '2027-02-04' })];
      given(petitionDecider, servedOnThursday).when(requestReview({ requestedOn: '2027-03-08' })).then([requestedOn('2027-03-08')]);
      expect(violationsOf(servedOnThursday, requestReview({ requestedOn: '2027-03-09' }))[0]?.message).toContain('ended on 2027-03-08');
    });
  });

  it('is made by a petitioner of the case, with reasons, not before the opinion', () => {
    expect(violationsOf(CLOSED, requestReview({ requestedBy: '李四', reasons: '', requestedOn: '2027-01-31' }))).toEqual([
      { field: 'requestedBy', message: 'must name a petitioner of this case: 张建国' },
      { field: 'reasons', message: 'must not be blank' },
      { field: 'requestedOn', message: 'must not precede the handling opinion on 2027-02-01' },
    ]);
  });

  it('is refused (409) for a case closed without an opinion', () => {
    const withdrawn = [...IN_HANDLING, { type: 'PetitionClosed', data: { closedOn: '2026-12-01', outcome: 'withdrawn', reason: '撤回' } } as PetitionEvent];
    given(petitionDecider, withdrawn).when(requestReview()).thenThrows(TransitionRefusedError, { stage: 'closed', step: 'request_review', allowedNext: ['rate', 'reclassify', 'change_claim_type'] });
  });

  it.each([
    ['accepted', IN_HANDLING],
    ['under_review', UNDER_REVIEW],
  ] as const)('is refused (409) in stage %s', (stage, history) => {
    given(petitionDecider, [...history]).when(requestReview()).thenThrows(TransitionRefusedError, { stage, step: 'request_review' });
  });
});

describe('IssueReviewOpinion', () => {
  it('answers the review and moves the case to reviewed', () => {
    given(petitionDecider, UNDER_REVIEW).when(issueReviewOpinion()).then([reviewOpinionIssued]);
    const state = foldPetition(REVIEWED);
    expect(state).toMatchObject({ status: 'reviewed', review: { request: reviewRequested.data, opinion: reviewOpinionIssued.data } });
    expect(allowedNextSteps(state)).toEqual(['request_final_review', 'rate', 'reclassify', 'change_claim_type']);
  });

  it('waits (409) for a hearing held during the review, and follows its conclusion', () => {
    const hearing = [hearingScheduled({ scheduledOn: '2027-02-22', hearingDate: '2027-03-01' }), ...ALL_OPINIONS.map((opinion) => ({ ...opinion, data: { ...opinion.data, givenOn: '2027-03-01' } }))];
    given(petitionDecider, [...UNDER_REVIEW, ...hearing]).when(issueReviewOpinion()).thenThrows(ProceedingStateError, { proceeding: 'hearing', status: 'scheduled' });
    const heard = [...UNDER_REVIEW, ...hearing, hearingConcluded({ concludedOn: '2027-03-16', resolveBy: '2027-04-30' })];
    expect(violationsOf(heard, issueReviewOpinion())).toEqual([{ field: 'servedOn', message: 'must not precede the conclusion of a hearing on 2027-03-16' }]);
  });

  it('needs a known outcome, reasons and the reviewing organ, not before the request', () => {
    expect(violationsOf(UNDER_REVIEW, issueReviewOpinion({ outcome: 'quashed' as never, reasons: '', reviewingOrgan: ' ', servedOn: '2027-02-19' }))).toEqual([
      { field: 'outcome', message: 'must be one of upheld, changed, revoked' },
      { field: 'reasons', message: 'must not be blank' },
      { field: 'reviewingOrgan', message: 'must not be blank' },
      { field: 'servedOn', message: 'must not precede the review request on 2027-02-20' },
    ]);
  });

  it.each([
    ['closed', CLOSED],
    ['reviewed', REVIEWED],
  ] as const)('is refused (409) in stage %s', (stage, history) => {
    given(petitionDecider, [...history]).when(issueReviewOpinion()).thenThrows(TransitionRefusedError, { stage, step: 'issue_review_opinion' });
  });
});

describe('RequestFinalReview (复核, Art. 36)', () => {
  it('records the request within 30 days of the review opinion', () => {
    given(petitionDecider, REVIEWED).when(requestFinalReview()).then([finalReviewRequested]);
    expect(foldPetition(UNDER_FINAL_REVIEW)).toMatchObject({ status: 'under_final_review', finalReview: { request: finalReviewRequested.data } });
  });

  it('on day 30 but not day 31 after the review opinion of Monday 2027-03-15', () => {
    given(petitionDecider, REVIEWED).when(requestFinalReview({ requestedOn: '2027-04-14' })).then([{ ...finalReviewRequested, data: { ...finalReviewRequested.data, requestedOn: '2027-04-14' } }]);
    expect(violationsOf(REVIEWED, requestFinalReview({ requestedOn: '2027-04-15' }))).toEqual([
      { field: 'requestedOn', message: 'the 30 days to contest the review opinion served on 2027-03-15 ended on 2027-04-14 (条例 Art. 36)' },
    ]);
  });

  it('may not precede the review opinion', () => {
    expect(violationsOf(REVIEWED, requestFinalReview({ requestedOn: '2027-03-14' }))).toEqual([
      { field: 'requestedOn', message: 'must not precede the review opinion on 2027-03-15' },
    ]);
  });

  it('is refused (409) before the review is answered', () => {
    given(petitionDecider, UNDER_REVIEW).when(requestFinalReview()).thenThrows(TransitionRefusedError, { stage: 'under_review', step: 'request_final_review' });
  });
});

describe('IssueFinalReviewOpinion', () => {
  it('concludes the matter (终结): no step follows', () => {
    given(petitionDecider, UNDER_FINAL_REVIEW).when(issueFinalOpinion()).then([finalReviewOpinionIssued]);
    const state = foldPetition(CONCLUDED);
    expect(state).toMatchObject({ status: 'concluded', finalReview: { request: finalReviewRequested.data, opinion: finalReviewOpinionIssued.data } });
    expect(allowedNextSteps(state)).toEqual([]);
  });

  it('keeps what the final-review clock needs of a hearing held during it', () => {
    const hearing = [
      hearingScheduled({ hearingId: 'H2', scheduledOn: '2027-04-06', hearingDate: '2027-04-13' }),
      ...ALL_OPINIONS.map((opinion) => ({ ...opinion, data: { ...opinion.data, hearingId: 'H2', givenOn: '2027-04-13' } })),
      hearingConcluded({ hearingId: 'H2', concludedOn: '2027-04-14', resolveBy: '2027-05-14' }),
    ];
    expect(violationsOf([...UNDER_FINAL_REVIEW, ...hearing], issueFinalOpinion({ servedOn: '2027-04-13' }))).toEqual([
      { field: 'servedOn', message: 'must not precede the conclusion of a hearing on 2027-04-14' },
    ]);
    expect(foldPetition([...UNDER_FINAL_REVIEW, ...hearing, finalReviewOpinionIssued])).toMatchObject({
      status: 'concluded',
      hearings: [{ hearingId: 'H2', stage: 'under_final_review', scheduledOn: '2027-04-06', conclusion: { concludedOn: '2027-04-14' } }],
    });
  });

  it('waits (409) for an open hearing', () => {
    given(petitionDecider, [...UNDER_FINAL_REVIEW, hearingScheduled({ scheduledOn: '2027-04-06', hearingDate: '2027-04-13' })])
      .when(issueFinalOpinion())
      .thenThrows(ProceedingStateError, { message: 'Hearing H1 is still scheduled; conclude or cancel it before the final review opinion' });
  });

  it.each([
    ['reviewed', REVIEWED],
    ['concluded', CONCLUDED],
    ['registered', [registered]],
  ] as const)('is refused (409) in stage %s', (stage, history) => {
    given(petitionDecider, [...history]).when(issueFinalOpinion()).thenThrows(TransitionRefusedError, { stage, step: 'issue_final_review_opinion' });
  });
});

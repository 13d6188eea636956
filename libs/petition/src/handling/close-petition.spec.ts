import type { ClosePetition } from './handling.commands.js';
import type { PetitionClosed } from './handling.events.js';
import { ProceedingStateError, RuleViolationError, TransitionRefusedError } from '../core/petition.errors.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { foldPetition } from '../core/petition.evolve.js';
import { petitionDecider } from '../core/petition.decider.js';
import { allowedNextSteps } from '../core/petition.steps.js';
import { given } from '../testing/given.js';
import { CLOSED, IN_HANDLING, OPINION_SERVED, accepted, closedAsServed, command, hearingScheduled, mediationAgreed, mediationFailed, mediationStarted, opinionIssued, violationsOf } from '../testing/handling.fixtures.js';
import { registered } from '../testing/handling.fixtures.js';
import { petitionRegistered } from '../testing/petition.fixtures.js';

const close = (data: ClosePetition['data'], now?: Date) => command<ClosePetition>('ClosePetition', data, now ? { now } : {});
const closed = (data: PetitionClosed['data']): PetitionClosed => ({ type: 'PetitionClosed', data });
const AGREED: PetitionEvent[] = [...IN_HANDLING, mediationStarted, mediationAgreed];

describe('ClosePetition (办结)', () => {
  describe('as opinion_served', () => {
    it('closes a case whose opinion was served', () => {
      given(petitionDecider, OPINION_SERVED).when(close({ outcome: 'opinion_served', closedOn: '2027-02-02' })).then([closedAsServed]);
      const state = foldPetition(CLOSED);
      expect(state).toMatchObject({ status: 'closed', opinion: opinionIssued().data, closure: closedAsServed.data });
      expect(allowedNextSteps(state)).toEqual(['rate', 'request_review', 'reclassify', 'change_claim_type']);
    });

    it('dates the closure today by default and keeps a note', () => {
      given(petitionDecider, OPINION_SERVED)
        .when(close({ outcome: 'opinion_served', note: '意见书已当面送达' }, new Date('2027-02-03T02:00:00Z')))
        .then([closed({ closedOn: '2027-02-03', outcome: 'opinion_served', note: '意见书已当面送达' })]);
    });

    it('is refused without a served opinion', () => {
      expect(violationsOf(IN_HANDLING, close({ outcome: 'opinion_served' }))).toEqual([
        { field: 'outcome', message: 'no handling opinion has been served; issue it first, or close the case another way' },
      ]);
    });

    it('is the only way to close a case whose opinion was served', () => {
      expect(violationsOf(OPINION_SERVED, close({ outcome: 'withdrawn', reason: '申请人撤回' }))).toEqual([
        { field: 'outcome', message: 'the handling opinion served on 2027-02-01 decides this case: close it as opinion_served' },
      ]);
    });

    it('may not precede the opinion', () => {
      expect(violationsOf(OPINION_SERVED, close({ outcome: 'opinion_served', closedOn: '2027-01-31' }))).toEqual([
        { field: 'closedOn', message: 'must not precede the handling opinion on 2027-02-01' },
      ]);
    });
  });

  describe('as resolved_by_mediation', () => {
    it('closes a case after a mediation agreement', () => {
      given(petitionDecider, AGREED)
        .when(close({ outcome: 'resolved_by_mediation', closedOn: '2026-12-29' }))
        .then([closed({ closedOn: '2026-12-29', outcome: 'resolved_by_mediation' })]);
    });

    it('is refused when no mediation agreed', () => {
      expect(violationsOf([...IN_HANDLING, mediationStarted, mediationFailed], close({ outcome: 'resolved_by_mediation' }))).toEqual([
        { field: 'outcome', message: 'no mediation of this case has reached an agreement' },
      ]);
    });

    it('may not precede the agreement', () => {
      expect(violationsOf(AGREED, close({ outcome: 'resolved_by_mediation', closedOn: '2026-12-27' }))).toEqual([
        { field: 'closedOn', message: 'must not precede the mediation agreement on 2026-12-28' },
      ]);
    });
  });

  describe('as withdrawn', () => {
    it('closes a case in handling at any time, with the reason', () => {
      given(petitionDecider, IN_HANDLING)
        .when(close({ outcome: 'withdrawn', reason: '申请人书面撤回', closedOn: '2026-11-26' }))
        .then([closed({ closedOn: '2026-11-26', outcome: 'withdrawn', reason: '申请人书面撤回' })]);
      expect(allowedNextSteps(foldPetition([...IN_HANDLING, closed({ closedOn: '2026-11-26', outcome: 'withdrawn', reason: '申请人书面撤回' })]))).toEqual(['rate', 'reclassify', 'change_claim_type']);
    });

    it('needs the reason', () => {
      expect(violationsOf(IN_HANDLING, close({ outcome: 'withdrawn', reason: '' }))).toEqual([{ field: 'reason', message: 'must not be blank' }]);
    });
  });

  describe('as diverted', () => {
    const lawCase = [petitionRegistered({ category: 'law_litigation' }), accepted];

    it('closes a 涉法涉诉 case handed to a legal procedure', () => {
      given(petitionDecider, lawCase)
        .when(close({ outcome: 'diverted', toOrgan: '射阳县人民法院', reason: '已进入诉讼程序', closedOn: '2026-12-01' }))
        .then([closed({ closedOn: '2026-12-01', outcome: 'diverted', toOrgan: '射阳县人民法院', reason: '已进入诉讼程序' })]);
    });

    it('is refused for another category, and needs the organ', () => {
      expect(violationsOf(IN_HANDLING, close({ outcome: 'diverted', toOrgan: '' }))).toEqual([
        { field: 'outcome', message: 'only a law_litigation (涉法涉诉) petition may be diverted; this one is housing_construction' },
        { field: 'toOrgan', message: 'must not be blank' },
      ]);
    });
  });

  it('waits (409) for an open hearing or a running mediation', () => {
    given(petitionDecider, [...IN_HANDLING, hearingScheduled()]).when(close({ outcome: 'withdrawn', reason: '撤回' })).thenThrows(ProceedingStateError, { proceeding: 'hearing' });
    given(petitionDecider, [...IN_HANDLING, mediationStarted]).when(close({ outcome: 'withdrawn', reason: '撤回' })).thenThrows(ProceedingStateError, { proceeding: 'mediation' });
  });

  it.each([
    ['registered', [registered]],
    ['closed', CLOSED],
  ] as const)('is refused (409) in stage %s', (stage, history) => {
    given(petitionDecider, [...history]).when(close({ outcome: 'opinion_served' })).thenThrows(TransitionRefusedError, { stage, step: 'close' });
  });

  it('refuses an unknown outcome', () => {
    given(petitionDecider, IN_HANDLING)
      .when(close({ outcome: 'settled' } as never))
      .thenThrows(RuleViolationError, { violations: [{ field: 'outcome', message: 'must be one of resolved_by_mediation, opinion_served, withdrawn, diverted' }] });
  });
});

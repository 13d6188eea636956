import { ProceedingStateError, TransitionRefusedError } from '../core/petition.errors.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { foldPetition } from '../core/petition.evolve.js';
import { petitionDecider } from '../core/petition.decider.js';
import { allowedNextSteps } from '../core/petition.steps.js';
import { given } from '../testing/given.js';
import { command, violationsOf } from '../testing/handling.fixtures.js';
import { PETITION_ID } from '../testing/petition.fixtures.js';
import { ENROLLED_CONCLUDED, HEARD_IN_PROGRAMME, RESOLVED, resolved } from '../testing/programme.fixtures.js';
import type { RecordProgrammeRebound, ResolveProgrammeCase, SignOffProgrammeCase } from './programme.commands.js';
import type { ProgrammeCaseRebounded, ProgrammeCaseSignedOff } from './programme.events.js';
import { reboundOf } from './record-rebound.decide.js';

/** 2027-10-10 in Shanghai: 110 days after the resolution of 2027-06-22. */
const AUTUMN = new Date('2027-10-10T02:00:00Z');
const signOff = (data: Partial<SignOffProgrammeCase['data']> = {}) =>
  command<SignOffProgrammeCase>('SignOffProgrammeCase', { waitingDays: 90, signedOffOn: '2027-09-20', ...data }, { now: AUTUMN });
const signedOff: ProgrammeCaseSignedOff = { type: 'ProgrammeCaseSignedOff', data: { signedOffOn: '2027-09-20' } };

const later = { petitionId: '9c1d2e3f-0000-4000-8000-000000000001', receiptNumber: 'XF20270801-ABCD2345', receivedAt: '2027-08-01' };
const rebound = (data: Partial<RecordProgrammeRebound['data']> = {}) => command<RecordProgrammeRebound>('RecordProgrammeRebound', { ...later, ...data }, { now: AUTUMN });
const rebounded: ProgrammeCaseRebounded = { type: 'ProgrammeCaseRebounded', data: { reboundOn: '2027-08-01', petitionId: later.petitionId, receiptNumber: later.receiptNumber } };
const REBOUNDED: PetitionEvent[] = [...RESOLVED, rebounded];

describe('SignOffProgrammeCase (销号)', () => {
  it('signs the case off the waiting period after its resolution, and the programme offers nothing more', () => {
    given(petitionDecider, RESOLVED).when(signOff()).then([signedOff]);
    const state = foldPetition([...RESOLVED, signedOff]);
    expect(state).toMatchObject({ status: 'concluded', enrolments: [{ status: 'signed_off', signOff: { signedOffOn: '2027-09-20' } }] });
    expect(allowedNextSteps(state)).toEqual([]);
  });

  it('is refused (422) before the waiting period ends, naming the earliest date; nothing is recorded', () => {
    expect(violationsOf(RESOLVED, signOff({ signedOffOn: '2027-09-19' }))).toEqual([
      { field: 'signedOffOn', message: 'must be on or after 2027-09-20, 90 days after the resolution on 2027-06-22' },
    ]);
    expect(violationsOf(RESOLVED, signOff({ waitingDays: 120 }))).toEqual([
      { field: 'signedOffOn', message: 'must be on or after 2027-10-20, 120 days after the resolution on 2027-06-22' },
    ]);
  });

  it('is refused (409) before the resolution, and on a case in no programme', () => {
    given(petitionDecider, HEARD_IN_PROGRAMME).when(signOff()).thenThrows(ProceedingStateError, { proceeding: 'programme', status: 'enrolled', message: 'The case is not resolved yet; record its resolution first' });
    given(petitionDecider, [...RESOLVED, signedOff]).when(signOff()).thenThrows(TransitionRefusedError, { step: 'sign_off_programme_case' });
  });
});

describe('a rebound (反弹)', () => {
  it('is a petition on the matter by the same person that came in on or after the resolution', () => {
    const state = foldPetition(RESOLVED);
    expect(reboundOf(state, later)).toEqual(rebounded.data);
    expect(reboundOf(state, { ...later, receivedAt: '2027-06-22' })).toEqual({ ...rebounded.data, reboundOn: '2027-06-22' });
    expect(reboundOf(state, { ...later, receivedAt: '2027-06-21' })).toBeUndefined();
    expect(reboundOf(state, { ...later, petitionId: PETITION_ID })).toBeUndefined();
    expect(reboundOf(foldPetition(HEARD_IN_PROGRAMME), later)).toBeUndefined();
    expect(reboundOf(foldPetition([...RESOLVED, signedOff]), later)).toBeUndefined();
  });

  it('reopens the programme case: no sign-off (409) until it is resolved again', () => {
    given(petitionDecider, RESOLVED).when(rebound()).then([rebounded]);
    expect(foldPetition(REBOUNDED)).toMatchObject({ enrolments: [{ status: 'reopened', rebounds: [rebounded.data] }] });
    given(petitionDecider, REBOUNDED)
      .when(signOff())
      .thenThrows(ProceedingStateError, {
        proceeding: 'programme',
        status: 'reopened',
        message: 'The case rebounded: XF20270801-ABCD2345 came in on the same matter on 2027-08-01, after its resolution; resolve it again before it is signed off',
      });
  });

  it('is recorded once: a second report of it is refused (409)', () => {
    given(petitionDecider, REBOUNDED).when(rebound()).thenThrows(ProceedingStateError, { proceeding: 'programme', status: 'reopened' });
  });

  it('leaves the case to be resolved again, no earlier than the rebound, and signed off after a new waiting period', () => {
    const resolveAgain = (resolvedOn: string) =>
      command<ResolveProgrammeCase>('ResolveProgrammeCase', { basis: 'written_commitment', evidence: '息诉罢访承诺书', resolvedOn }, { now: AUTUMN });
    expect(violationsOf(REBOUNDED, resolveAgain('2027-07-31'))).toEqual([{ field: 'resolvedOn', message: 'must not precede the rebound on 2027-08-01' }]);
    const again = resolved({ basis: 'written_commitment', evidence: '息诉罢访承诺书', resolvedOn: '2027-08-05' });
    given(petitionDecider, REBOUNDED).when(resolveAgain('2027-08-05')).then([again]);
    expect(violationsOf([...REBOUNDED, again], signOff())).toEqual([
      { field: 'signedOffOn', message: 'must be on or after 2027-11-03, 90 days after the resolution on 2027-08-05' },
    ]);
  });

  it('is no rebound of a case not resolved, which the decider refuses (409)', () => {
    given(petitionDecider, ENROLLED_CONCLUDED).when(rebound()).thenThrows(ProceedingStateError, { status: 'enrolled' });
  });
});

import { petitionClocks } from '../core/case-clocks.js';
import { AlreadyRecordedError, NotPermittedError, PetitionNotFoundError, ProceedingStateError, TransitionRefusedError } from '../core/petition.errors.js';
import { foldPetition } from '../core/petition.evolve.js';
import { petitionDecider } from '../core/petition.decider.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { allowedNextSteps } from '../core/petition.steps.js';
import type { Actor } from '../core/petition.types.js';
import { given } from '../testing/given.js';
import { CONCLUDED, command, violationsOf } from '../testing/handling.fixtures.js';
import { ENROLLED_CONCLUDED, HEARD_IN_PROGRAMME, LEADER, PLAN_DONE, RESOLVED, programmeHearingScheduled, resolved, taskCompleted } from '../testing/programme.fixtures.js';
import type { RecordFollowUp, ResolveProgrammeCase } from './programme.commands.js';
import type { FollowUpRecorded } from './programme.events.js';

const followedUp: FollowUpRecorded = { type: 'FollowUpRecorded', data: { visitedOn: '2027-06-25', visitedBy: '周建华', attitude: 'still_disputes', remaining: '利息' } };
const followUp = (data: Partial<RecordFollowUp['data']> = {}, actor?: Actor) => command<RecordFollowUp>('RecordFollowUp', { ...followedUp.data, ...data }, actor ? { actor } : {});
const resolve = (data: Partial<ResolveProgrammeCase['data']> = {}) => command<ResolveProgrammeCase>('ResolveProgrammeCase', { ...resolved().data, ...data });

describe('RecordFollowUp (回访)', () => {
  it('records who visited, when, the attitude and what remains', () => {
    given(petitionDecider, ENROLLED_CONCLUDED).when(followUp()).then([followedUp]);
    expect(foldPetition([...ENROLLED_CONCLUDED, followedUp])).toMatchObject({ status: 'concluded', enrolments: [{ followUps: [followedUp.data] }] });
  });

  it('asks what remains while the petitioner still disputes, and a date no earlier than the enrolment', () => {
    expect(violationsOf(ENROLLED_CONCLUDED, followUp({ remaining: undefined, visitedOn: '2027-05-05', attitude: 'still_disputes' }))).toEqual([
      { field: 'remaining', message: 'must say what the petitioner still disputes' },
      { field: 'visitedOn', message: 'must not precede the enrolment in the programme on 2027-05-06' },
    ]);
  });

  it("is a leader's only on the cases they own", () => {
    given(petitionDecider, ENROLLED_CONCLUDED).when(followUp({}, LEADER)).then([followedUp]);
    // Any other leader finds no such case (404), as reading it does, whatever its stage or programme.
    given(petitionDecider, ENROLLED_CONCLUDED).when(followUp({}, { ...LEADER, id: 'leader-2' })).thenThrows(PetitionNotFoundError);
    given(petitionDecider, CONCLUDED).when(followUp({}, { ...LEADER, id: 'leader-2' })).thenThrows(PetitionNotFoundError);
    // A leader who owns the case by 包案 but not the programme's enrolment reads it, yet the follow-up is the programme leader's.
    const ownedByLeader2 = [...ENROLLED_CONCLUDED, { type: 'CaseOwnerAssigned', data: { leaderId: 'leader-2', leaderName: '李明', post: '副县长', from: '2027-05-07' } } as never];
    given(petitionDecider, ownedByLeader2).when(followUp({}, { ...LEADER, id: 'leader-2' })).thenThrows(NotPermittedError, { reason: 'the case is owned by 周建华, not by this leader' });
  });

  it('is refused (409) on a case in no programme', () => {
    given(petitionDecider, CONCLUDED).when(followUp()).thenThrows(TransitionRefusedError, { stage: 'concluded', step: 'record_follow_up', allowedNext: [] });
  });
});

describe('ResolveProgrammeCase (化解)', () => {
  it('resolves on the plan done, and offers the sign-off', () => {
    given(petitionDecider, PLAN_DONE).when(resolve()).then([resolved()]);
    const state = foldPetition(RESOLVED);
    expect(state).toMatchObject({ status: 'concluded', enrolments: [{ status: 'resolved', resolutions: [resolved().data] }] });
    expect(allowedNextSteps(state)).toEqual(['schedule_hearing', 'record_follow_up', 'sign_off_programme_case']);
  });

  it("stops the programme hearing's resolution-plan clock, which the case's closure long before could not", () => {
    const plan = (events: typeof RESOLVED) => petitionClocks(foldPetition(events) as ExistingPetition).find((clock) => clock.kind === 'resolution_plan');
    expect(plan(PLAN_DONE)).toEqual({ kind: 'resolution_plan', seq: 0, startedOn: '2027-05-21', params: { resolveBy: '2027-06-30' } });
    expect(plan(RESOLVED)?.stoppedOn).toBe('2027-06-22');
  });

  it('names every plan task not done by the day of a plan_done resolution', () => {
    expect(violationsOf([...HEARD_IN_PROGRAMME, taskCompleted('T1', { completedOn: '2027-06-23' })], resolve())).toEqual([
      { field: 'basis', message: 'the plan task "支付拆迁补偿款本金" of zjj (T1) is done only on 2027-06-23' },
      { field: 'basis', message: 'the plan task "协调安置房交付" of hdz (T2) is not done' },
    ]);
    expect(violationsOf(ENROLLED_CONCLUDED, resolve())).toEqual([{ field: 'basis', message: 'no hearing of the programme set a plan with tasks, so no plan can be done' }]);
  });

  it('rests on a performed agreement only when there is one', () => {
    expect(violationsOf(PLAN_DONE, resolve({ basis: 'agreement_performed' }))).toEqual([
      { field: 'basis', message: 'the case has no mediation agreement whose performance could be its basis' },
    ]);
  });

  it('rests on a written commitment to stop petitioning', () => {
    given(petitionDecider, ENROLLED_CONCLUDED)
      .when(resolve({ basis: 'written_commitment', evidence: '息诉罢访承诺书（2027-06-20 签署）' }))
      .then([resolved({ basis: 'written_commitment', evidence: '息诉罢访承诺书（2027-06-20 签署）' })]);
  });

  it('is recorded once (409)', () => {
    given(petitionDecider, RESOLVED).when(resolve()).thenThrows(AlreadyRecordedError, { step: 'resolve_programme_case', recordedOn: '2027-06-22' });
  });

  it('waits (409) for an open hearing', () => {
    given(petitionDecider, [...ENROLLED_CONCLUDED, programmeHearingScheduled()]).when(resolve({ basis: 'written_commitment' })).thenThrows(ProceedingStateError, { proceeding: 'hearing', status: 'scheduled' });
  });
});

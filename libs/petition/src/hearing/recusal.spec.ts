import type { ConcludeHearing, DecideRecusal, RecordPanelOpinion, RequestRecusal } from './hearing.commands.js';
import type { RecusalDecided, RecusalRequested } from './hearing.events.js';
import { AlreadyRecordedError, CaseRecordNotFoundError, NotPermittedError, ProceedingStateError } from '../core/petition.errors.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { foldPetition } from '../core/petition.evolve.js';
import { petitionDecider } from '../core/petition.decider.js';
import { allowedNextSteps } from '../core/petition.steps.js';
import type { Actor } from '../core/petition.types.js';
import { given } from '../testing/given.js';
import { command, panelist, violationsOf } from '../testing/handling.fixtures.js';
import { CLERK } from '../testing/petition.fixtures.js';
import { ENROLLED_CONCLUDED, programmeConcluded, programmeHearingScheduled, programmeOpinion } from '../testing/programme.fixtures.js';

const SCHEDULED: PetitionEvent[] = [...ENROLLED_CONCLUDED, programmeHearingScheduled()];

const requested = (memberId = 'judge-1', data: Partial<RecusalRequested['data']> = {}): RecusalRequested => ({
  type: 'RecusalRequested',
  data: { hearingId: 'H1', recusalId: 'R1', memberId, requestedBy: '张建国', grounds: '该法官曾审理本案民事诉讼', requestedOn: '2027-05-12', ...data },
});
const decided = (outcome: 'granted' | 'refused', decidedBy = 'chair-1', data: Partial<RecusalDecided['data']> = {}): RecusalDecided => ({
  type: 'RecusalDecided',
  data: { hearingId: 'H1', recusalId: 'R1', outcome, reasons: '理由成立', decidedOn: '2027-05-13', decidedBy, ...data },
});

function request(data: Partial<RequestRecusal['data']> = {}): RequestRecusal {
  const { hearingId: _hearingId, ...facts } = requested().data;
  return command<RequestRecusal>('RequestRecusal', { hearingId: 'H1', ...facts, ...data });
}
function decide(outcome: 'granted' | 'refused', actor: Actor = panelist('chair-1'), data: Partial<DecideRecusal['data']> = {}): DecideRecusal {
  return command<DecideRecusal>('DecideRecusal', { hearingId: 'H1', recusalId: 'R1', outcome, reasons: '理由成立', decidedOn: '2027-05-13', ...data }, { actor });
}
const opinion = (memberId: string) =>
  command<RecordPanelOpinion>('RecordPanelOpinion', { hearingId: 'H1', memberId, opinion: 'supports', reasoning: '理由', givenOn: '2027-05-20' }, { actor: panelist(memberId) });
function conclude(data: Partial<ConcludeHearing['data']> = {}): ConcludeHearing {
  const { hearingId: _hearingId, planTasks: _tasks, absentMemberIds: _absent, ...conclusion } = programmeConcluded().data;
  return command<ConcludeHearing>('ConcludeHearing', { hearingId: 'H1', ...conclusion, ...data }, { actor: panelist('chair-1') });
}

describe("the petitioner's recusal request", () => {
  it('is recorded against a member who has given no opinion, and awaits the decision', () => {
    given(petitionDecider, SCHEDULED).when(request()).then([requested()]);
    const state = foldPetition([...SCHEDULED, requested()]);
    expect(state).toMatchObject({ hearings: [{ recusals: [{ recusalId: 'R1', memberId: 'judge-1', requestedBy: '张建国' }] }] });
    expect(allowedNextSteps(state)).toContain('decide_recusal');
  });

  it('is refused against a stranger, a member who gave an opinion, or one already challenged', () => {
    expect(violationsOf(SCHEDULED, request({ memberId: 'judge-9' }))).toEqual([{ field: 'memberId', message: 'names no member of the panel of hearing H1: judge-9' }]);
    expect(violationsOf([...SCHEDULED, programmeOpinion('judge-1')], request())).toEqual([
      { field: 'memberId', message: "李法官 gave an opinion on 2027-05-20; a recusal is asked before the member's opinion" },
    ]);
    expect(violationsOf([...SCHEDULED, requested()], request({ recusalId: 'R2' }))).toEqual([{ field: 'memberId', message: 'a request for the recusal of 李法官 already awaits its decision' }]);
  });

  it("is decided by the chair; a request against the chair by the bureau's clerk", () => {
    given(petitionDecider, [...SCHEDULED, requested()]).when(decide('granted')).then([decided('granted')]);
    given(petitionDecider, [...SCHEDULED, requested()]).when(decide('granted', panelist('lawyer-1'))).thenThrows(NotPermittedError, {
      reason: 'only the chair of hearing H1, 陈国华, decides request R1',
    });
    const againstChair = [...SCHEDULED, requested('chair-1')];
    given(petitionDecider, againstChair).when(decide('refused', CLERK)).then([decided('refused', 'clerk-7')]);
    given(petitionDecider, againstChair).when(decide('refused')).thenThrows(NotPermittedError, { reason: 'the request R1 concerns the chair, so the bureau (a clerk) decides it' });
  });

  it('names a request of the hearing, else it is not found (404 naming recusalId), as an unknown hearing is (hearingId)', () => {
    given(petitionDecider, [...SCHEDULED, requested()]).when(decide('granted', panelist('chair-1'), { recusalId: 'R9' })).thenThrows(CaseRecordNotFoundError, { field: 'recusalId', id: 'R9' });
    given(petitionDecider, [...SCHEDULED, requested()]).when(decide('granted', panelist('chair-1'), { hearingId: 'H9' })).thenThrows(CaseRecordNotFoundError, { field: 'hearingId', id: 'H9' });
  });

  it('is decided once', () => {
    given(petitionDecider, [...SCHEDULED, requested(), decided('refused')]).when(decide('granted')).thenThrows(AlreadyRecordedError, { step: 'decide_recusal', recordedOn: '2027-05-13' });
  });

  it('holds back the opinion of the member it concerns until it is decided', () => {
    given(petitionDecider, [...SCHEDULED, requested()])
      .when(opinion('judge-1'))
      .thenThrows(ProceedingStateError, { message: 'The recusal request R1 against 李法官 awaits its decision; 李法官 gives an opinion only if it is refused' });
    given(petitionDecider, [...SCHEDULED, requested(), decided('refused')]).when(opinion('judge-1')).then([programmeOpinion('judge-1', { opinion: 'supports', reasoning: '理由' })]);
  });

  describe('granted', () => {
    const judge2 = { memberId: 'judge-2', name: '吴法官', role: 'judge' as const, noDirectInterest: true };
    const WITH_SECOND_JUDGE: PetitionEvent[] = [...ENROLLED_CONCLUDED, programmeHearingScheduled({ panel: [...programmeHearingScheduled().data.panel, judge2] })];
    const RECUSED = [...WITH_SECOND_JUDGE, requested(), decided('granted')];

    it('silences the member, who owes no opinion', () => {
      given(petitionDecider, RECUSED).when(opinion('judge-1')).thenThrows(NotPermittedError, { reason: '李法官 was recused from hearing H1 and gives no opinion' });
      const others = ['chair-1', 'judge-2', 'lawyer-1', 'deputy-1'].map((memberId) => programmeOpinion(memberId));
      const { planTasks: _tasks, ...withoutTasks } = programmeConcluded().data;
      given(petitionDecider, [...RECUSED, ...others]).when(conclude()).then([{ type: 'HearingConcluded', data: withoutTasks }]);
    });

    it('leaves a panel that must still have a judge', () => {
      const others = ['chair-1', 'lawyer-1', 'deputy-1'].map((memberId) => programmeOpinion(memberId));
      expect(violationsOf([...SCHEDULED, requested(), decided('granted'), ...others], conclude())).toEqual([
        { field: 'panel', message: 'after the recusals no judge sits; cancel the hearing and schedule it with a full panel' },
      ]);
    });

    it('of the chair, leaves the conclusion to no one: the hearing is cancelled and scheduled again', () => {
      const history = [...SCHEDULED, requested('chair-1'), decided('granted', 'clerk-7')];
      given(petitionDecider, history).when(conclude()).thenThrows(NotPermittedError, { reason: 'the chair of hearing H1 was recused; cancel it and schedule the hearing with a new panel' });
    });
  });

  it('must be decided before the conclusion', () => {
    const others = ['chair-1', 'lawyer-1', 'deputy-1'].map((memberId) => programmeOpinion(memberId));
    expect(violationsOf([...SCHEDULED, requested(), ...others], conclude({ absentMemberIds: ['judge-1'] }))).toEqual([
      { field: 'recusals', message: 'the recusal request R1 against 李法官 awaits its decision' },
    ]);
  });
});

import type { CompletePlanTask, ConcludeHearing } from './hearing.commands.js';
import { petitionClocks } from '../core/case-clocks.js';
import { AlreadyRecordedError, CaseRecordNotFoundError, NotPermittedError } from '../core/petition.errors.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { foldPetition } from '../core/petition.evolve.js';
import { petitionDecider } from '../core/petition.decider.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { allowedNextSteps } from '../core/petition.steps.js';
import type { Actor } from '../core/petition.types.js';
import { given } from '../testing/given.js';
import { PANEL, command, panelist, violationsOf } from '../testing/handling.fixtures.js';
import { ENROLLED_CONCLUDED, HEARD_IN_PROGRAMME, PLAN_TASKS, programmeConcluded, programmeHearingScheduled, programmeOpinion, taskCompleted } from '../testing/programme.fixtures.js';
import { isCaseOfUnit } from '../handover/handover.queries.js';

const OPINIONS_GIVEN: PetitionEvent[] = [...ENROLLED_CONCLUDED, programmeHearingScheduled(), ...PANEL.map((member) => programmeOpinion(member.memberId))];

function conclude(data: Partial<ConcludeHearing['data']> = {}): ConcludeHearing {
  const { hearingId: _hearingId, absentMemberIds: _absent, ...conclusion } = programmeConcluded().data;
  return command<ConcludeHearing>('ConcludeHearing', { hearingId: 'H1', ...conclusion, ...data }, { actor: panelist('chair-1') });
}
function complete(taskId = 'T1', data: Partial<CompletePlanTask['data']> = {}, actor?: Actor): CompletePlanTask {
  const { hearingId: _hearingId, ...completion } = taskCompleted(taskId).data;
  return command<CompletePlanTask>('CompletePlanTask', { ...completion, ...data }, actor ? { actor } : {});
}

describe("the chair's plan as tasks", () => {
  it('is set with the conclusion: each task with its owner unit and due date', () => {
    given(petitionDecider, OPINIONS_GIVEN).when(conclude()).then([programmeConcluded()]);
    expect(foldPetition(HEARD_IN_PROGRAMME)).toMatchObject({ hearings: [{ status: 'concluded', conclusion: { planTasks: PLAN_TASKS } }] });
  });

  it('runs a plan_task clock per task, its owner unit’s duty until the due date, stopped when done', () => {
    const clocks = (events: PetitionEvent[]) => petitionClocks(foldPetition(events) as ExistingPetition).filter((clock) => clock.kind === 'plan_task');
    expect(clocks(HEARD_IN_PROGRAMME)).toEqual([
      { kind: 'plan_task', seq: 0, startedOn: '2027-05-21', params: { dueOn: '2027-06-15' }, holderUnit: 'zjj' },
      { kind: 'plan_task', seq: 1, startedOn: '2027-05-21', params: { dueOn: '2027-06-20' }, holderUnit: 'hdz' },
    ]);
    expect(clocks([...HEARD_IN_PROGRAMME, taskCompleted('T2')])[1]).toEqual({ kind: 'plan_task', seq: 1, startedOn: '2027-05-21', params: { dueOn: '2027-06-20' }, stoppedOn: '2027-06-10', holderUnit: 'hdz' });
  });

  it('needs each task described and owned, due after the conclusion and by the resolve-by date, ids unique', () => {
    const tasks = [
      { taskId: 'T1', task: '', ownerUnit: ' ', dueOn: '2027-05-21' },
      { taskId: 'T1', task: '另一项', ownerUnit: 'zjj', dueOn: '2027-07-01' },
    ];
    expect(violationsOf(OPINIONS_GIVEN, conclude({ planTasks: tasks }))).toEqual([
      { field: 'planTasks[0].task', message: 'must not be blank' },
      { field: 'planTasks[0].ownerUnit', message: 'must not be blank' },
      { field: 'planTasks[0].dueOn', message: 'must be after the conclusion on 2027-05-21' },
      { field: 'planTasks[1].taskId', message: 'names a task already in the plan' },
      { field: 'planTasks[1].dueOn', message: 'must not be after the resolve-by date 2027-06-30' },
    ]);
  });

  describe('a task done', () => {
    it('is recorded with its evidence, in whatever stage the case is', () => {
      given(petitionDecider, HEARD_IN_PROGRAMME).when(complete()).then([taskCompleted('T1')]);
      const state = foldPetition([...HEARD_IN_PROGRAMME, taskCompleted('T1', { attachmentIds: ['A1'] })]);
      expect(state).toMatchObject({ status: 'concluded', hearings: [{ conclusion: { planTasks: [{ taskId: 'T1', completion: { completedOn: '2027-06-10', evidence: '银行转账凭证', attachmentIds: ['A1'] } }, { taskId: 'T2' }] } }] });
      expect(allowedNextSteps(state)).toContain('complete_plan_task');
      expect(allowedNextSteps(foldPetition([...HEARD_IN_PROGRAMME, taskCompleted('T1'), taskCompleted('T2')]))).not.toContain('complete_plan_task');
    });

    it('is refused (409) a second time', () => {
      given(petitionDecider, [...HEARD_IN_PROGRAMME, taskCompleted('T1')])
        .when(complete())
        .thenThrows(AlreadyRecordedError, { step: 'complete_plan_task', recordedOn: '2027-06-10', message: 'The completion of plan task "支付拆迁补偿款本金" was already recorded, on 2027-06-10; it is recorded only once' });
    });

    it("opens the case to each task's owner unit, and to no other unit", () => {
      const state = foldPetition(HEARD_IN_PROGRAMME);
      expect(['zjj', 'hdz', 'other'].map((unit) => isCaseOfUnit(state, unit))).toEqual([true, true, false]);
    });

    it("is reported by the owner unit's staff, not another unit's", () => {
      const unitUser = (unit: string): Actor => ({ id: `u-${unit}`, name: '经办人', role: 'unit', unit });
      given(petitionDecider, HEARD_IN_PROGRAMME).when(complete('T1', {}, unitUser('zjj'))).then([taskCompleted('T1')]);
      given(petitionDecider, HEARD_IN_PROGRAMME).when(complete('T1', {}, unitUser('hdz'))).thenThrows(NotPermittedError, { reason: "the task is zjj's to report" });
    });

    it('names an existing task, with evidence, no earlier than the conclusion', () => {
      given(petitionDecider, HEARD_IN_PROGRAMME).when(complete('T9')).thenThrows(CaseRecordNotFoundError, { field: 'taskId', id: 'T9' });
      expect(violationsOf(HEARD_IN_PROGRAMME, complete('T1', { evidence: '', completedOn: '2027-05-20' }))).toEqual([
        { field: 'evidence', message: 'must not be blank' },
        { field: 'completedOn', message: 'must not precede the conclusion of the hearing on 2027-05-21' },
      ]);
    });

    it('cites only attachments of the case as its evidence', () => {
      expect(violationsOf(HEARD_IN_PROGRAMME, complete('T1', { attachmentIds: ['A9'] }))).toEqual([{ field: 'attachmentIds[0]', message: 'must name an attachment of this case (upload it first)' }]);
    });
  });
});

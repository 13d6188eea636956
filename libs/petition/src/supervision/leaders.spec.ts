import type { PetitionEvent } from '../core/petition.events.js';
import { petitionDecider } from '../core/petition.decider.js';
import { PetitionNotFoundError, RuleViolationError } from '../core/petition.errors.js';
import { foldPetition } from '../core/petition.evolve.js';
import type { Actor } from '../core/petition.types.js';
import { given } from '../testing/given.js';
import { contextAt, petitionRegistered } from '../testing/petition.fixtures.js';
import type { SupervisionCommand } from './supervision.commands.js';
import { SupervisionRefusedError } from './supervision.errors.js';

const NOW = new Date('2026-12-10T02:00:00Z');
const LEADER: Actor = { id: 'leader-1', name: '周建华', role: 'leader' };
const OTHER_LEADER: Actor = { id: 'leader-2', name: '李明', role: 'leader' };
const registered = petitionRegistered();
const owned: PetitionEvent = { type: 'CaseOwnerAssigned', data: { leaderId: 'leader-1', leaderName: '周建华', post: '副县长', from: '2026-12-01' } };
const concluded: PetitionEvent[] = [{ type: 'PetitionNotAccepted', data: { decidedAt: '2026-11-25', reason: '不属信访事项' } }];

function command<C extends SupervisionCommand>(type: C['type'], data: C['data'], actor?: Actor): C {
  return { type, data, context: contextAt(NOW, actor) } as C;
}

describe('a leader who owns a case (包案)', () => {
  it('is named by a clerk in any stage, once', () => {
    given(petitionDecider, [registered, ...concluded]).when(command('AssignCaseOwner', { leaderId: 'leader-1', leaderName: '周建华', post: '副县长', from: '2026-12-01' })).then([owned]);
    given(petitionDecider, [registered, owned]).when(command('AssignCaseOwner', { leaderId: 'leader-1', leaderName: '周建华', post: '副县长' })).thenThrows(SupervisionRefusedError);
    const future = given(petitionDecider, [registered]).when(command('AssignCaseOwner', { leaderId: 'leader-1', leaderName: '周建华', post: '副县长', from: '2026-12-11' })).thenThrows(RuleViolationError);
    expect(future.violations[0]).toMatchObject({ field: 'from' });
  });
});

describe('receptions (接访) and instructions (批示)', () => {
  it('are the owning leader’s own, on the timeline; another leader finds no case (404)', () => {
    given(petitionDecider, [registered, owned])
      .when(command('RecordReception', { place: '县信访局接待大厅', instructions: '一周内拿出方案', receivedOn: '2026-12-09' }, LEADER))
      .then([{ type: 'ReceptionRecorded', data: { receivedOn: '2026-12-09', leaderName: '周建华', leaderId: 'leader-1', place: '县信访局接待大厅', instructions: '一周内拿出方案' } }]);
    given(petitionDecider, [registered, owned]).when(command('RecordInstruction', { text: '请住建局牵头办理' }, OTHER_LEADER)).thenThrows(PetitionNotFoundError);
    const instructed: PetitionEvent = { type: 'InstructionRecorded', data: { instructedOn: '2026-12-10', leaderName: '周建华', leaderId: 'leader-1', text: '请住建局牵头办理' } };
    given(petitionDecider, [registered, owned]).when(command('RecordInstruction', { text: '请住建局牵头办理' }, LEADER)).then([instructed]);
    const state = foldPetition([registered, owned, instructed]);
    expect(state).toMatchObject({ owner: owned.data, instructions: [instructed.data] });
    expect(state.status !== 'none' && state.timeline.slice(-2)).toEqual([{ event: 'CaseOwnerAssigned', date: '2026-12-01' }, { event: 'InstructionRecorded', date: '2026-12-10' }]);
  });

  it('recorded by a clerk, name the leader', () => {
    const refused = given(petitionDecider, [registered]).when(command('RecordReception', { place: '县信访局' })).thenThrows(RuleViolationError);
    expect(refused.violations).toEqual([{ field: 'leaderName', message: 'must not be blank' }]);
    given(petitionDecider, [registered]).when(command('RecordInstruction', { text: '妥善处理', leaderName: '周建华' })).then([{ type: 'InstructionRecorded', data: { instructedOn: '2026-12-10', leaderName: '周建华', text: '妥善处理' } }]);
  });
});

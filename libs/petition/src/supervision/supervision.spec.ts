import type { PetitionEvent } from '../core/petition.events.js';
import { petitionDecider } from '../core/petition.decider.js';
import { PetitionNotFoundError, RuleViolationError } from '../core/petition.errors.js';
import { foldPetition } from '../core/petition.evolve.js';
import { petitionClocks } from '../core/case-clocks.js';
import type { ExistingPetition } from '../core/petition.state.js';
import type { Actor } from '../core/petition.types.js';
import { given } from '../testing/given.js';
import { contextAt, petitionRegistered } from '../testing/petition.fixtures.js';
import { unitDirectory } from '../units/unit.js';
import type { SupervisionCommand } from './supervision.commands.js';
import { SupervisionNotFoundError, SupervisionRefusedError } from './supervision.errors.js';

const NOW = new Date('2026-12-10T02:00:00Z');
const TOWNSHIP: Actor = { id: 'officer-1', name: '镇信访办', role: 'unit', unit: 'hd-town' };
const OTHER_UNIT: Actor = { id: 'officer-9', name: '别的单位', role: 'unit', unit: 'other' };
const units = unitDirectory([{ code: 'hd-town', name: '合德镇人民政府', level: 'township' }, { code: 'other', name: '别的单位', level: 'township' }]);
const registered = petitionRegistered();
const assigned: PetitionEvent = { type: 'PetitionAssigned', data: { decidedAt: '2026-11-24', toUnit: 'hd-town', reportBy: '2026-12-04' } };
const issued: PetitionEvent = { type: 'SupervisionIssued', data: { supervisionId: 'S1', level: 'notice', unit: 'hd-town', subject: '逾期未报送办结报告', issuedOn: '2026-12-05', answerBy: '2026-12-08' } };
const closed: PetitionEvent[] = [
  { type: 'PetitionAccepted', data: { decidedAt: '2026-11-30', handlingUnit: 'hd-town', handlerId: 'officer-1' } },
  { type: 'PetitionClosed', data: { closedOn: '2026-12-01', outcome: 'withdrawn', reason: '申请人书面撤回' } },
];

function command<C extends SupervisionCommand>(type: C['type'], data: C['data'], actor?: Actor): C {
  return { type, data, context: { ...contextAt(NOW, actor), units } } as C;
}

describe('issuing a supervision (督办)', () => {
  it('goes to the unit the case is with, to answer by a date after the issue; a paper one entered later keeps its dates', () => {
    given(petitionDecider, [registered, assigned])
      .when(command('IssueSupervision', { supervisionId: 'S1', level: 'notice', subject: '逾期未报送办结报告', issuedOn: '2026-12-05', answerBy: '2026-12-15' }))
      .then([{ ...issued, data: { ...issued.data, answerBy: '2026-12-15' } } as PetitionEvent]);
    given(petitionDecider, [registered, assigned])
      .when(command('IssueSupervision', { supervisionId: 'S1', level: 'notice', subject: '逾期未报送办结报告', issuedOn: '2026-12-05', answerBy: '2026-12-08' }))
      .then([issued]);
    const beforeIssue = given(petitionDecider, [registered, assigned]).when(command('IssueSupervision', { supervisionId: 'S1', level: 'notice', subject: '催', issuedOn: '2026-12-05', answerBy: '2026-12-04' })).thenThrows(RuleViolationError);
    expect(beforeIssue.violations).toEqual([{ field: 'answerBy', message: 'must come after the supervision on 2026-12-05' }]);
    given(petitionDecider, [registered, assigned, issued])
      .when(command('IssueSupervision', { supervisionId: 'S1', level: 'reminder', subject: '再催', answerBy: '2026-12-15' }))
      .thenThrows(SupervisionRefusedError, { reason: 'supervision S1 was already issued, on 2026-12-05' });
  });

  it('refuses an answer-by date in the past or not after the issue (422), and a unit the case is not with', () => {
    const past = given(petitionDecider, [registered, assigned]).when(command('IssueSupervision', { supervisionId: 'S1', level: 'notice', subject: '催', answerBy: '2026-12-09' })).thenThrows(RuleViolationError);
    expect(past.violations).toEqual([{ field: 'answerBy', message: 'must not be in the past (today in Shanghai is 2026-12-10)' }]);
    const sameDay = given(petitionDecider, [registered, assigned]).when(command('IssueSupervision', { supervisionId: 'S1', level: 'notice', subject: '催', answerBy: '2026-12-10' })).thenThrows(RuleViolationError);
    expect(sameDay.violations).toEqual([{ field: 'answerBy', message: 'must come after the supervision on 2026-12-10' }]);
    const elsewhere = given(petitionDecider, [registered, assigned]).when(command('IssueSupervision', { supervisionId: 'S1', level: 'reminder', subject: '催', answerBy: '2026-12-20', unit: 'other' })).thenThrows(RuleViolationError);
    expect(elsewhere.violations).toEqual([{ field: 'unit', message: 'must be a unit the case is with now, such as hd-town' }]);
  });

  it('is refused on a closed or concluded case, or one no unit is at work on (409)', () => {
    given(petitionDecider, [registered, ...closed]).when(command('IssueSupervision', { supervisionId: 'S1', level: 'notice', subject: '催', answerBy: '2026-12-20' })).thenThrows(SupervisionRefusedError, { stage: 'closed' });
    given(petitionDecider, [registered]).when(command('IssueSupervision', { supervisionId: 'S1', level: 'notice', subject: '催', answerBy: '2026-12-20' })).thenThrows(SupervisionRefusedError, { stage: 'registered' });
  });
});

describe('the unit’s answer', () => {
  const answer = (actor: Actor, data: Partial<Extract<SupervisionCommand, { type: 'AnswerSupervision' }>['data']> = {}) =>
    command('AnswerSupervision', { supervisionId: 'S1', progress: '已约谈当事人，正在核算', expectedCompletion: '2026-12-31', answeredOn: '2026-12-07', ...data }, actor);

  it('is given once per level by the supervised unit, or a clerk on its behalf', () => {
    const answered: PetitionEvent = { type: 'SupervisionAnswered', data: { supervisionId: 'S1', unit: 'hd-town', level: 'notice', answeredOn: '2026-12-07', progress: '已约谈当事人，正在核算', expectedCompletion: '2026-12-31' } };
    given(petitionDecider, [registered, assigned, issued]).when(answer(TOWNSHIP)).then([answered]);
    given(petitionDecider, [registered, assigned, issued, answered]).when(answer(TOWNSHIP)).thenThrows(SupervisionRefusedError);
    const early = given(petitionDecider, [registered, assigned, issued]).when(answer(TOWNSHIP, { answeredOn: '2026-12-04' })).thenThrows(RuleViolationError);
    expect(early.violations).toEqual([{ field: 'answeredOn', message: 'must not precede the supervision on 2026-12-05' }]);
  });

  it('is no supervision at all to another unit, nor an unknown id (404)', () => {
    const toOther: PetitionEvent = { ...issued, data: { ...issued.data, unit: 'other' } } as PetitionEvent;
    given(petitionDecider, [registered, assigned, toOther]).when(answer(TOWNSHIP)).thenThrows(SupervisionNotFoundError, { supervisionId: 'S1' });
    given(petitionDecider, [registered, assigned, issued]).when(answer(TOWNSHIP, { supervisionId: 'S9' })).thenThrows(SupervisionNotFoundError);
    given(petitionDecider, [registered, assigned, issued]).when(answer(OTHER_UNIT)).thenThrows(PetitionNotFoundError);
  });
});

describe('escalation', () => {
  const escalate = (data: Partial<Extract<SupervisionCommand, { type: 'EscalateSupervision' }>['data']> = {}) =>
    command('EscalateSupervision', { supervisionId: 'S1', reason: '逾期未反馈', answerBy: '2026-12-15', escalatedOn: '2026-12-09', ...data });
  const escalated: PetitionEvent = { type: 'SupervisionEscalated', data: { supervisionId: 'S1', unit: 'hd-town', fromLevel: 'notice', level: 'listed', escalatedOn: '2026-12-09', answerBy: '2026-12-15', reason: '逾期未反馈' } };

  it('takes an unanswered supervision one level up after its answer-by date, not before it', () => {
    given(petitionDecider, [registered, assigned, issued]).when(escalate()).then([escalated]);
    const early = given(petitionDecider, [registered, assigned, issued]).when(escalate({ escalatedOn: '2026-12-08' })).thenThrows(RuleViolationError);
    expect(early.violations).toEqual([{ field: 'escalatedOn', message: 'the unit has until 2026-12-08 to answer; an unanswered supervision is escalated after that date' }]);
  });

  it('takes an answer found wanting one level up at once, not before the answer', () => {
    const answered: PetitionEvent = { type: 'SupervisionAnswered', data: { supervisionId: 'S1', unit: 'hd-town', level: 'notice', answeredOn: '2026-12-07', progress: '正在协调' } };
    given(petitionDecider, [registered, assigned, issued, answered]).when(escalate({ reason: '反馈内容不实', escalatedOn: '2026-12-07' })).then([{ ...escalated, data: { ...escalated.data, escalatedOn: '2026-12-07', reason: '反馈内容不实' } } as PetitionEvent]);
    const early = given(petitionDecider, [registered, assigned, issued, answered]).when(escalate({ escalatedOn: '2026-12-06' })).thenThrows(RuleViolationError);
    expect(early.violations).toEqual([{ field: 'escalatedOn', message: 'must not precede the answer on 2026-12-07' }]);
  });

  it('stops at listed supervision (409)', () => {
    given(petitionDecider, [registered, assigned, issued, escalated]).when(escalate({ answerBy: '2026-12-20', escalatedOn: '2026-12-10' }))
      .thenThrows(SupervisionRefusedError, { reason: 'supervision S1 is already at the top level (listed); it cannot be escalated further' });
  });

  it('runs the unit’s answer clock for each level: the first missed at the escalation, the next stopped by the answer', () => {
    const answered: PetitionEvent = { type: 'SupervisionAnswered', data: { supervisionId: 'S1', unit: 'hd-town', level: 'listed', answeredOn: '2026-12-10', progress: '已办结' } };
    const clocks = petitionClocks(foldPetition([registered, assigned, issued, escalated, answered]) as ExistingPetition).filter((clock) => clock.kind === 'supervision_answer');
    expect(clocks).toEqual([
      { kind: 'supervision_answer', seq: 0, startedOn: '2026-12-05', params: { answerBy: '2026-12-08' }, stoppedOn: '2026-12-09', holderUnit: 'hd-town' },
      { kind: 'supervision_answer', seq: 1, startedOn: '2026-12-09', params: { answerBy: '2026-12-15' }, stoppedOn: '2026-12-10', holderUnit: 'hd-town' },
    ]);
  });
});

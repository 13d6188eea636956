import type { PetitionEvent } from '../core/petition.events.js';
import { petitionDecider } from '../core/petition.decider.js';
import { AlreadyRecordedError, PetitionNotFoundError, RuleViolationError, TransitionRefusedError } from '../core/petition.errors.js';
import { foldPetition } from '../core/petition.evolve.js';
import { allowedNextSteps } from '../core/petition.steps.js';
import type { Actor } from '../core/petition.types.js';
import { petitionClocks } from '../core/case-clocks.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { given } from '../testing/given.js';
import { contextAt, petitionRegistered } from '../testing/petition.fixtures.js';
import { unitDirectory } from '../units/unit.js';
import type { HandoverCommand } from './handover.commands.js';
import { isCaseOfUnit } from './handover.queries.js';

const NOW = new Date('2026-12-10T02:00:00Z');
const TOWNSHIP: Actor = { id: 'officer-1', name: '镇信访办', role: 'unit', unit: 'hd-town' };
const OTHER_UNIT: Actor = { id: 'officer-9', name: '别的单位', role: 'unit', unit: 'other' };
const units = unitDirectory([{ code: 'hd-town', name: '合德镇人民政府', level: 'township' }]);
const registered = petitionRegistered();
const assigned: PetitionEvent = { type: 'PetitionAssigned', data: { decidedAt: '2026-11-24', toUnit: 'hd-town', reportBy: '2026-12-24' } };
const forwarded: PetitionEvent = { type: 'PetitionForwarded', data: { decidedAt: '2026-11-24', toUnit: 'hd-town' } };
const received: PetitionEvent = { type: 'HandoverReceived', data: { receivedOn: '2026-11-26', unit: 'hd-town' } };
const noticeAccepted: PetitionEvent[] = [
  { type: 'UnitNoticeServed', data: { servedOn: '2026-11-30', unit: 'hd-town', decision: 'accepted' } },
  { type: 'PetitionAccepted', data: { decidedAt: '2026-11-30', handlingUnit: 'hd-town', handlerId: 'officer-1' } },
];
const reported: PetitionEvent = { type: 'CompletionReportFiled', data: { filedOn: '2026-12-05', unit: 'hd-town', summary: '已足额发放', attachmentIds: [] } };

function unitCommand<C extends HandoverCommand>(type: C['type'], data: C['data'], actor: Actor = TOWNSHIP): C {
  return { type, data, context: { ...contextAt(NOW, actor), units } } as C;
}

describe('a unit’s receipt (签收)', () => {
  it('is recorded once, on or after the handover and never in the future', () => {
    given(petitionDecider, [registered, assigned]).when(unitCommand('SignForCase', { receivedOn: '2026-11-26' })).then([received]);
    given(petitionDecider, [registered, assigned, received]).when(unitCommand('SignForCase', {})).thenThrows(AlreadyRecordedError, { step: 'sign_for_case', recordedOn: '2026-11-26' });
    const refused = given(petitionDecider, [registered, assigned]).when(unitCommand('SignForCase', { receivedOn: '2026-11-23' })).thenThrows(RuleViolationError);
    expect(refused.violations).toEqual([{ field: 'receivedOn', message: 'must not precede the assignment on 2026-11-24' }]);
    const future = given(petitionDecider, [registered, assigned]).when(unitCommand('SignForCase', { receivedOn: '2026-12-11' })).thenThrows(RuleViolationError);
    expect(future.violations[0]).toMatchObject({ field: 'receivedOn', message: expect.stringContaining('future') });
  });

  it('is no case at all to another unit’s user, and not a step of a case never handed over', () => {
    given(petitionDecider, [registered, assigned]).when(unitCommand('SignForCase', {}, OTHER_UNIT)).thenThrows(PetitionNotFoundError);
    given(petitionDecider, [registered]).when(unitCommand('SignForCase', {}, { ...TOWNSHIP, role: 'clerk' })).thenThrows(TransitionRefusedError, { step: 'sign_for_case' });
  });

  it('lets the unit act on a case handed to it by its registered name, written before the register', () => {
    const byName: PetitionEvent = { type: 'PetitionAssigned', data: { decidedAt: '2026-11-24', toUnit: '合德镇人民政府' } };
    given(petitionDecider, [registered, byName]).when(unitCommand('SignForCase', { receivedOn: '2026-11-26' })).then([{ type: 'HandoverReceived', data: { receivedOn: '2026-11-26', unit: '合德镇人民政府' } }]);
  });
});

describe('the unit’s written notice (Art. 22)', () => {
  it('follows the receipt, and is the acceptance decision of a case still with the unit', () => {
    given(petitionDecider, [registered, assigned]).when(unitCommand('NotifyPetitioner', { decision: 'accepted' })).thenThrows(TransitionRefusedError, { step: 'notify_petitioner' });
    given(petitionDecider, [registered, assigned, received]).when(unitCommand('NotifyPetitioner', { decision: 'accepted', servedOn: '2026-11-30' })).then(noticeAccepted);
  });

  it('tells the petitioner why when the unit does not accept, and moves the case to not accepted', () => {
    const refused = given(petitionDecider, [registered, assigned, received]).when(unitCommand('NotifyPetitioner', { decision: 'not_accepted', servedOn: '2026-11-30' })).thenThrows(RuleViolationError);
    expect(refused.violations).toEqual([{ field: 'reason', message: 'must not be blank' }]);
    given(petitionDecider, [registered, assigned, received])
      .when(unitCommand('NotifyPetitioner', { decision: 'not_accepted', reason: '不属本单位职责', servedOn: '2026-11-30' }))
      .then([
        { type: 'UnitNoticeServed', data: { servedOn: '2026-11-30', unit: 'hd-town', decision: 'not_accepted', reason: '不属本单位职责' } },
        { type: 'PetitionNotAccepted', data: { decidedAt: '2026-11-30', reason: '不属本单位职责' } },
      ]);
  });

  it('is given once', () => {
    given(petitionDecider, [registered, assigned, received, ...noticeAccepted]).when(unitCommand('NotifyPetitioner', { decision: 'accepted' })).thenThrows(AlreadyRecordedError);
  });
});

describe('an objection (Art. 22) and the bureau’s decision on it', () => {
  it('is in time on the fifth working day after the receipt, not the sixth, naming the window’s end', () => {
    // Received Thursday 11-26: the fifth working day is Thursday 12-03.
    const object = (objectedAt: string) => ({ type: 'RaiseObjection', data: { reason: '不属本单位职责', objectedAt }, context: { ...contextAt(NOW, TOWNSHIP), units } }) as const;
    given(petitionDecider, [registered, assigned, received]).when(object('2026-12-03')).then([{ type: 'UnitObjected', data: { objectedAt: '2026-12-03', unit: 'hd-town', reason: '不属本单位职责' } }]);
    const late = given(petitionDecider, [registered, assigned, received]).when(object('2026-12-04')).thenThrows(RuleViolationError);
    expect(late.violations).toEqual([{ field: 'objectedAt', message: 'the 5 working days to object after its receipt on 2026-11-26 ended on 2026-12-03 (条例 Art. 22)' }]);
  });

  const objected: PetitionEvent = { type: 'UnitObjected', data: { objectedAt: '2026-11-27', unit: 'hd-town', reason: '不属本单位职责' } };
  const decide = (decision: 'upheld' | 'rejected') => ({ type: 'DecideObjection', data: { decision, reason: '经审查', decidedOn: '2026-11-30' }, context: contextAt(NOW) }) as const;

  it('rejected, gives the case back to the unit, which keeps its receipt and may not object again', () => {
    const history = [registered, assigned, received, objected];
    given(petitionDecider, history).when(decide('rejected')).then([{ type: 'ObjectionDecided', data: { decidedOn: '2026-11-30', upheld: false, reason: '经审查' } }]);
    const back = foldPetition([...history, { type: 'ObjectionDecided', data: { decidedOn: '2026-11-30', upheld: false, reason: '经审查' } }]);
    expect(back).toMatchObject({ status: 'assigned', acceptance: { decision: 'assigned', toUnit: 'hd-town' } });
    expect(allowedNextSteps(back)).toEqual(['accept', 'notify_petitioner', 'report_completion', 'reclassify', 'change_claim_type']);
  });

  it('while undecided, leaves the case with the unit: it reads it, and a second objection is refused as a step, not as no case', () => {
    const pending = foldPetition([registered, assigned, received, objected]);
    expect(isCaseOfUnit(pending, 'hd-town', units)).toBe(true);
    expect(isCaseOfUnit(pending, 'other', units)).toBe(false);
    given(petitionDecider, [registered, assigned, received, objected])
      .when({ type: 'RaiseObjection', data: { reason: '不属本单位职责', objectedAt: '2026-11-28' }, context: { ...contextAt(NOW, TOWNSHIP), units } })
      .thenThrows(TransitionRefusedError, { step: 'object' });
  });

  it('upheld, leaves the case with the bureau to route again; decided once', () => {
    const decided: PetitionEvent = { type: 'ObjectionDecided', data: { decidedOn: '2026-11-30', upheld: true, reason: '经审查' } };
    const state = foldPetition([registered, assigned, received, objected, decided]);
    expect(isCaseOfUnit(state, 'hd-town', units)).toBe(false);
    expect(state.status).toBe('objected');
    expect(allowedNextSteps(state)).not.toContain('decide_objection');
    given(petitionDecider, [registered, assigned, received, objected, decided]).when(decide('rejected')).thenThrows(AlreadyRecordedError);
  });
});

describe('a completion report (办结报告) and its review', () => {
  const report = (data: { summary: string; filedOn?: string }) => unitCommand('ReportCompletion', data);
  const review = (data: Extract<HandoverCommand, { type: 'ReviewCompletionReport' }>['data']) => ({ type: 'ReviewCompletionReport', data, context: contextAt(NOW) }) as const;

  it('is refused for a forwarded case (409), and before the unit signed for the assignment', () => {
    given(petitionDecider, [registered, forwarded, received]).when(report({ summary: '已办结' })).thenThrows(TransitionRefusedError, { step: 'report_completion' });
    given(petitionDecider, [registered, assigned]).when(report({ summary: '已办结' })).thenThrows(TransitionRefusedError, { step: 'report_completion' });
  });

  it('is filed, returned with a new report-by date, filed again and verified; then no more', () => {
    const history = [registered, assigned, received, ...noticeAccepted];
    given(petitionDecider, history).when(report({ summary: '已足额发放', filedOn: '2026-12-05' })).then([reported]);
    given(petitionDecider, [...history, reported]).when(report({ summary: '再报' })).thenThrows(AlreadyRecordedError, { recordedOn: '2026-12-05' });
    const returned: PetitionEvent = { type: 'CompletionReportReturned', data: { returnedOn: '2026-12-06', reason: '证明材料不全', reportBy: '2026-12-20' } };
    given(petitionDecider, [...history, reported]).when(review({ decision: 'returned', reason: '证明材料不全', reportBy: '2026-12-20', reviewedOn: '2026-12-06' })).then([returned]);
    const again: PetitionEvent = { ...reported, data: { ...reported.data, filedOn: '2026-12-08' } } as PetitionEvent;
    const verified: PetitionEvent = { type: 'CompletionReportVerified', data: { verifiedOn: '2026-12-09' } };
    given(petitionDecider, [...history, reported, returned, again]).when(review({ decision: 'verified', reviewedOn: '2026-12-09' })).then([verified]);
    given(petitionDecider, [...history, reported, returned, again, verified]).when(report({ summary: '又报' })).thenThrows(AlreadyRecordedError, { step: 'report_completion' });
    const clocks = petitionClocks(foldPetition([...history, reported, returned, again, verified]) as ExistingPetition).filter((clock) => clock.kind === 'completion_report');
    expect(clocks).toEqual([
      { kind: 'completion_report', seq: 0, startedOn: '2026-11-24', params: { reportBy: '2026-12-24' }, stoppedOn: '2026-12-05', holderUnit: 'hd-town' },
      { kind: 'completion_report', seq: 1, startedOn: '2026-12-06', params: { reportBy: '2026-12-20' }, stoppedOn: '2026-12-08', holderUnit: 'hd-town' },
    ]);
  });

  it('is returned only with a report-by date after the return', () => {
    const refused = given(petitionDecider, [registered, assigned, received, reported]).when(review({ decision: 'returned', reason: '不全', reportBy: '2026-12-06', reviewedOn: '2026-12-06' })).thenThrows(RuleViolationError);
    expect(refused.violations).toEqual([{ field: 'reportBy', message: 'must come after the return on 2026-12-06' }]);
  });
});

describe('the unit’s clocks', () => {
  it('run the notice from the receipt and the objection window from it too', () => {
    const clocks = petitionClocks(foldPetition([registered, assigned, received, ...noticeAccepted]) as ExistingPetition);
    expect(clocks.filter((clock) => clock.kind.startsWith('unit_'))).toEqual([
      { kind: 'unit_objection', seq: 0, startedOn: '2026-11-26', params: {}, holderUnit: 'hd-town' },
      { kind: 'unit_notice', seq: 0, startedOn: '2026-11-26', params: {}, stoppedOn: '2026-11-30', holderUnit: 'hd-town' },
    ]);
  });
});

describe('confidential accusations (Art. 30)', () => {
  it('are never the accused unit’s case, even handed to it', () => {
    const accusation = [petitionRegistered({ responsibleUnit: 'hd-town' }), { type: 'PetitionForwarded', data: { decidedAt: '2026-11-24', toUnit: 'hd-town', claimType: 'accusation' } } as PetitionEvent];
    expect(isCaseOfUnit(foldPetition(accusation), 'hd-town', units)).toBe(false);
    given(petitionDecider, accusation).when(unitCommand('SignForCase', {})).thenThrows(PetitionNotFoundError);
  });
});

import { CalendarNotCoveredError } from '@xinfang/calendar';
import type { RaiseObjection } from './acceptance.commands.js';
import type { UnitObjected } from './acceptance.events.js';
import { TransitionRefusedError } from '../core/petition.errors.js';
import type { PetitionEvent } from '../core/petition.events.js';
import { foldPetition } from '../core/petition.evolve.js';
import { petitionDecider } from '../core/petition.decider.js';
import { allowedNextSteps } from '../core/petition.steps.js';
import { given } from '../testing/given.js';
import { IN_HANDLING, command, violationsOf } from '../testing/handling.fixtures.js';
import { assignedToTownship, forwardedToLabourBureau, petitionRegistered } from '../testing/petition.fixtures.js';
import { decideAcceptance } from '../testing/petition.fixtures.js';

const registered = petitionRegistered();
/** Forwarded on Monday 2026-11-23: its 5 working days end on Monday 2026-11-30. */
const FORWARDED: PetitionEvent[] = [registered, forwardedToLabourBureau];
const LABOUR_BUREAU = '射阳县人力资源和社会保障局';

function raiseObjection(data: Partial<RaiseObjection['data']> = {}, now?: Date): RaiseObjection {
  return command<RaiseObjection>('RaiseObjection', { unit: LABOUR_BUREAU, reason: '不属于本单位职责范围', ...data }, now ? { now } : {});
}

function objected(objectedAt: string): UnitObjected {
  return { type: 'UnitObjected', data: { objectedAt, unit: LABOUR_BUREAU, reason: '不属于本单位职责范围' } };
}

describe('RaiseObjection (Art. 23 ¶3)', () => {
  it('records the receiving unit objecting on the fifth working day, after a weekend', () => {
    given(petitionDecider, FORWARDED).when(raiseObjection({ objectedAt: '2026-11-30' })).then([objected('2026-11-30')]);
  });

  it('takes an objection to an assignment too', () => {
    given(petitionDecider, [registered, assignedToTownship])
      .when(raiseObjection({ unit: '合德镇人民政府', objectedAt: '2026-11-25' }))
      .then([{ type: 'UnitObjected', data: { objectedAt: '2026-11-25', unit: '合德镇人民政府', reason: '不属于本单位职责范围' } }]);
  });

  it('dates the objection today in Shanghai by default', () => {
    given(petitionDecider, FORWARDED).when(raiseObjection({}, new Date('2026-11-26T02:00:00Z'))).then([objected('2026-11-26')]);
  });

  it('refuses an objection on the sixth working day', () => {
    expect(violationsOf(FORWARDED, raiseObjection({ objectedAt: '2026-12-01' }))).toEqual([
      { field: 'objectedAt', message: 'the 5 working days to object after the forwarding of 2026-11-23 ended on 2026-11-30 (条例 Art. 22)' },
    ]);
  });

  it('lets the calendar say when it cannot count the working days, rather than guess', () => {
    const lateInYear: PetitionEvent[] = [petitionRegistered({ receivedAt: '2027-12-27' }), { type: 'PetitionForwarded', data: { toUnit: LABOUR_BUREAU, decidedAt: '2027-12-28' } }];
    const now = new Date('2028-01-10T02:00:00Z');
    given(petitionDecider, lateInYear).when(raiseObjection({ objectedAt: '2028-01-02' }, now)).then([objected('2028-01-02')]);
    given(petitionDecider, lateInYear).when(raiseObjection({ objectedAt: '2028-01-03' }, now)).thenThrows(CalendarNotCoveredError, { date: '2028-01-01' });
  });

  it('is refused from a unit the case was not handed to', () => {
    expect(violationsOf(FORWARDED, raiseObjection({ unit: '合德镇人民政府', objectedAt: '2026-11-24' }))).toEqual([
      { field: 'unit', message: `only ${LABOUR_BUREAU}, which the case was forwarded to, may object` },
    ]);
  });

  it('needs a reason and a date not before the forwarding nor in the future', () => {
    expect(violationsOf(FORWARDED, raiseObjection({ reason: ' ', objectedAt: '2026-11-22' }))).toEqual([
      { field: 'reason', message: 'must not be blank' },
      { field: 'objectedAt', message: 'must not precede the forwarding on 2026-11-23' },
    ]);
    expect(violationsOf(FORWARDED, raiseObjection({ objectedAt: '2026-11-27' }, new Date('2026-11-26T02:00:00Z')))).toEqual([
      { field: 'objectedAt', message: 'must not be in the future (today in Shanghai is 2026-11-26)' },
    ]);
  });

  it.each([
    ['registered', [registered]],
    ['accepted', IN_HANDLING],
    ['objected', [...FORWARDED, objected('2026-11-24')]],
  ] as const)('is refused in stage %s', (stage, history) => {
    given(petitionDecider, [...history]).when(raiseObjection()).thenThrows(TransitionRefusedError, { stage, step: 'object', command: 'RaiseObjection' });
  });

  describe('sends the case back to the bureau', () => {
    const OBJECTED = [...FORWARDED, objected('2026-11-24')];

    it('which sees the objection and the handover it answered', () => {
      const state = foldPetition(OBJECTED);
      expect(state).toMatchObject({
        status: 'objected',
        objections: [{ objectedAt: '2026-11-24', unit: LABOUR_BUREAU, reason: '不属于本单位职责范围', handover: { decision: 'forwarded', decidedAt: '2026-11-23', toUnit: LABOUR_BUREAU } }],
      });
      expect(state).not.toHaveProperty('acceptance');
      expect(allowedNextSteps(state)).toEqual(['accept', 'not_accept', 'forward', 'assign', 'channel', 'decide_objection', 'reclassify', 'change_claim_type']);
    });

    it('which may hand it to another unit, on or after the objection', () => {
      given(petitionDecider, OBJECTED)
        .when(decideAcceptance({ decision: 'assigned', toUnit: '合德镇人民政府', decidedAt: '2026-11-24', reportBy: '2026-12-15' }))
        .then([{ type: 'PetitionAssigned', data: { decidedAt: '2026-11-24', toUnit: '合德镇人民政府', reportBy: '2026-12-15' } }]);
    });

    it('but not to the unit that objected', () => {
      expect(violationsOf(OBJECTED, decideAcceptance({ decision: 'forwarded', toUnit: LABOUR_BUREAU, decidedAt: '2026-11-25' }))).toEqual([
        { field: 'toUnit', message: `${LABOUR_BUREAU} objected to this petition on 2026-11-24; hand it to another unit or accept it` },
      ]);
    });

    it('nor date its new decision before the objection', () => {
      expect(violationsOf(OBJECTED, decideAcceptance({ decision: 'not_accepted', reason: '不属于信访事项', decidedAt: '2026-11-23' }))).toEqual([
        { field: 'decidedAt', message: 'must not precede the objection on 2026-11-24' },
      ]);
    });

    it('and accepts it with a handling unit, with no handover to show', () => {
      const state = foldPetition([...OBJECTED, { type: 'PetitionAccepted', data: { decidedAt: '2026-11-25', handlingUnit: '射阳县住房和城乡建设局', handlerId: 'clerk-7' } }]);
      expect(state).toMatchObject({ status: 'accepted', objections: [{ unit: LABOUR_BUREAU }] });
      expect(state).not.toHaveProperty('handover');
    });
  });
});

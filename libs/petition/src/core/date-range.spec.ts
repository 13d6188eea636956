import type { DecideAcceptance } from '../acceptance/acceptance.commands.js';
import type { PetitionEvent } from './petition.events.js';
import { addYears } from './business-date.js';
import { EARLIEST_BUSINESS_DATE, FUTURE_HORIZON_YEARS } from './petition.limits.js';
import { petitionDecider } from './petition.decider.js';
import { RuleChecks } from './rule-checks.js';
import type { ConcludeHearing, RescheduleHearing, ScheduleHearing } from '../hearing/hearing.commands.js';
import type { RecordMediationAgreement } from '../mediation/mediation.commands.js';
import type { EnrolInProgramme } from '../programme/programme.commands.js';
import { programmeDecider } from '../programme/programme-stream.decider.js';
import type { OpenProgramme } from '../programme/programme-stream.types.js';
import { RuleViolationError } from './petition.errors.js';
import { given } from '../testing/given.js';
import {
  ALL_OPINIONS,
  ATTENDEES,
  CONCLUDED,
  IN_HANDLING,
  LATER,
  PANEL,
  command,
  hearingConcluded,
  hearingScheduled,
  mediationAgreed,
  mediationStarted,
  registered,
  violationsOf,
} from '../testing/handling.fixtures.js';
import { PROGRAMME, enrolled } from '../testing/programme.fixtures.js';
import { contextAt, registerPetition } from '../testing/petition.fixtures.js';

/** LATER is 2027-06-30 in Shanghai: the horizon is five years on. */
const HORIZON = '2032-06-30';
const PAST_HORIZON = '2032-07-01';

function fieldsOf(history: PetitionEvent[], refused: Parameters<typeof violationsOf>[1]): string[] {
  return violationsOf(history, refused).map((violation) => violation.field);
}

function messagesFor(history: PetitionEvent[], refused: Parameters<typeof violationsOf>[1], field: string): string[] {
  return violationsOf(history, refused).filter((violation) => violation.field === field).map((violation) => violation.message);
}

const TOO_EARLY = `must not be before ${EARLIEST_BUSINESS_DATE}, the earliest date a bureau's records can bear`;
const TOO_LATE = `must not be later than ${HORIZON}, ${FUTURE_HORIZON_YEARS} years from today`;

describe('every business date lies in a plausible range', () => {
  it('states the range: from 1949-10-01 to five years ahead', () => {
    expect(EARLIEST_BUSINESS_DATE).toBe('1949-10-01');
    expect(addYears('2027-06-30', FUTURE_HORIZON_YEARS)).toBe(HORIZON);
    expect(addYears('2028-02-29', 5)).toBe('2033-02-28');
  });

  describe('a past date (the day a step happened) no earlier than 1949-10-01', () => {
    it.each(['1900-01-01', '0001-01-01', '1949-09-30'])('refuses receivedAt %s naming it', (receivedAt) => {
      given(petitionDecider, [])
        .when(registerPetition({ receivedAt }))
        .thenThrows(RuleViolationError, { violations: [{ field: 'receivedAt', message: TOO_EARLY }] });
    });

    it('registers a matter received on 1949-10-01', () => {
      const [event] = petitionDecider.decide(registerPetition({ receivedAt: EARLIEST_BUSINESS_DATE }), petitionDecider.initialState());
      expect(event).toMatchObject({ type: 'PetitionRegistered', data: { receivedAt: EARLIEST_BUSINESS_DATE } });
    });

    it('refuses receivedAt 9999-12-31 as in the future', () => {
      given(petitionDecider, []).when(registerPetition({ receivedAt: '9999-12-31' })).thenThrows(RuleViolationError, { violations: [{ field: 'receivedAt' }] });
    });

    it('refuses a step dated 1900 (the acceptance decision) naming the field', () => {
      const decide: DecideAcceptance = { type: 'DecideAcceptance', data: { decision: 'accepted', handlingUnit: '县住建局', decidedAt: '1900-01-01' }, context: contextAt(LATER) };
      expect(messagesFor([registered], decide, 'decidedAt')).toContain(TOO_EARLY);
    });
  });

  describe('a date the bureau sets ahead no later than five years from today', () => {
    const schedule = (hearingDate: string) =>
      command<ScheduleHearing>('ScheduleHearing', { hearingId: 'H1', scheduledOn: '2027-06-01', hearingDate, venue: '射阳县信访局模拟法庭', panel: PANEL, attendees: ATTENDEES });

    it.each(['9999-12-31', PAST_HORIZON])('refuses hearingDate %s naming it', (hearingDate) => {
      expect(violationsOf(IN_HANDLING, schedule(hearingDate))).toEqual([{ field: 'hearingDate', message: TOO_LATE }]);
    });

    it('schedules a hearing on the horizon itself', () => {
      expect(petitionDecider.decide(schedule(HORIZON), IN_HANDLING.reduce(petitionDecider.evolve, petitionDecider.initialState()))).toHaveLength(1);
    });

    it('refuses hearingDate 1900-01-01 as before the earliest date, besides before the scheduling', () => {
      expect(messagesFor(IN_HANDLING, schedule('1900-01-01'), 'hearingDate')).toContain(TOO_EARLY);
    });

    it('refuses a rescheduled hearingDate of 9999', () => {
      const adjourned: PetitionEvent = { type: 'HearingAdjourned', data: { hearingId: 'H1', adjournedOn: '2026-12-10', reason: '申请人患病未能到场' } };
      const reschedule = command<RescheduleHearing>('RescheduleHearing', { hearingId: 'H1', rescheduledOn: '2026-12-14', hearingDate: '9999-01-01' });
      expect(violationsOf([...IN_HANDLING, hearingScheduled(), adjourned], reschedule)).toEqual([{ field: 'hearingDate', message: TOO_LATE }]);
    });

    it('refuses a resolve-by date and a plan task due in 9999', () => {
      const { hearingId, concludedOn, conclusion, findings, resolutionPlan } = hearingConcluded().data;
      const conclude = command<ConcludeHearing>(
        'ConcludeHearing',
        { hearingId, concludedOn, conclusion, findings, resolutionPlan, resolveBy: '9999-12-31', planTasks: [{ taskId: 'T1', task: '支付补偿款', ownerUnit: '县住建局', dueOn: '9999-12-30' }] },
        { actor: { id: 'chair-1', name: '陈国华', role: 'panel' } },
      );
      expect(fieldsOf([...IN_HANDLING, hearingScheduled(), ...ALL_OPINIONS], conclude)).toEqual(['resolveBy', 'planTasks[0].dueOn']);
    });

    it('refuses an agreement obligation due in 9999', () => {
      const agree = command<RecordMediationAgreement>('RecordMediationAgreement', {
        ...mediationAgreed.data,
        obligations: [{ party: '射阳县住房和城乡建设局', obligation: '支付补偿款', dueOn: '9999-01-31' }],
      });
      expect(violationsOf([...IN_HANDLING, mediationStarted], agree)).toEqual([{ field: 'obligations[0].dueOn', message: TOO_LATE }]);
    });

    it('refuses an assignment’s report-by date in 9999', () => {
      const assign: DecideAcceptance = { type: 'DecideAcceptance', data: { decision: 'assigned', toUnit: '合德镇人民政府', reportBy: '9999-12-24', decidedAt: '2026-11-24' }, context: contextAt(LATER) };
      expect(violationsOf([registered], assign)).toEqual([{ field: 'reportBy', message: TOO_LATE }]);
    });

    it('refuses an enrolment’s target date in 9999', () => {
      const { enrolledOn, track, reason, owningLeader, owningLeaderId } = enrolled().data;
      const enrol = command<EnrolInProgramme>('EnrolInProgramme', { programme: PROGRAMME, enrolledOn, track, reason, owningLeader, owningLeaderId, targetDate: '9999-06-30' });
      expect(violationsOf(CONCLUDED, enrol)).toEqual([{ field: 'targetDate', message: TOO_LATE }]);
    });

    it('refuses a programme’s period from 1900 or to 9999', () => {
      const open: OpenProgramme = {
        type: 'OpenProgramme',
        data: { programmeId: 'P9', name: '专项行动', periodFrom: '1900-01-01', periodTo: '9999-12-31', criteria: '积案', targets: {}, owner: '县信访局' },
        context: contextAt(LATER),
      };
      given(programmeDecider, []).when(open).thenThrows(RuleViolationError, {
        violations: [
          { field: 'periodFrom', message: TOO_EARLY },
          { field: 'periodTo', message: TOO_LATE },
        ],
      });
    });
  });

  it('checks both ends in RuleChecks, for every command that uses it', () => {
    const checks = new RuleChecks();
    expect(checks.date('dueOn', '1900-01-01', '2027-06-30')).toBe(true);
    expect(checks.date('resolveBy', '9999-12-31', '2027-06-30')).toBe(true);
    expect(checks.date('hearingDate', HORIZON, '2027-06-30')).toBe(true);
    expect(checks.businessDate('servedOn', '1949-09-30', { today: '2027-06-30' })).toBe(true);
    expect(() => checks.throwIfAny()).toThrow(RuleViolationError);
    try {
      checks.throwIfAny();
    } catch (error) {
      expect((error as RuleViolationError).violations).toEqual([
        { field: 'dueOn', message: TOO_EARLY },
        { field: 'resolveBy', message: TOO_LATE },
        { field: 'servedOn', message: TOO_EARLY },
      ]);
    }
  });
});

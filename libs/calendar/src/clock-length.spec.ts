import { CalendarNotCoveredError } from './business-calendar.js';
import { deadlineOf, hearingPauseDays, type ClockLength } from './clock-length.js';
import { createBusinessCalendar } from './official-calendar.js';

const calendar = createBusinessCalendar();
const days = (count: number): ClockLength => ({ count: 'calendar_days', days: count });
const extendable: ClockLength = { count: 'calendar_days', days: 60, extension: { param: 'extensionDays', max: 30 } };
const paused: ClockLength = { count: 'calendar_days', days: 30, extension: { param: 'hearingPauseDays' } };
const until: ClockLength = { count: 'until', param: 'resolveBy' };

// Expected dates checked by hand against the 2026 schedule in chinese-days.json.
describe('calendar days: the start not counted, a last day off work rolled to the next working day', () => {
  it('ends on day N when it is a working day, else on the next one', () => {
    expect(deadlineOf(calendar, '2026-11-13', days(15))).toBe('2026-11-30');
    expect(deadlineOf(calendar, '2026-09-16', days(15))).toBe('2026-10-08');
  });

  it('may end on a make-up working Saturday (10-10, 02-14)', () => {
    expect(deadlineOf(calendar, '2026-09-10', days(30))).toBe('2026-10-10');
    expect(deadlineOf(calendar, '2026-01-15', days(30))).toBe('2026-02-14');
  });

  it('rolls day 30 falling on 10-01 to 10-08', () => {
    expect(deadlineOf(calendar, '2026-09-01', days(30))).toBe('2026-10-08');
  });

  it('counts up to the last covered day, and says which day it lacks after it', () => {
    expect(deadlineOf(calendar, '2026-12-01', days(30))).toBe('2026-12-31');
    expect(() => deadlineOf(calendar, '2026-12-02', days(30))).toThrow(CalendarNotCoveredError);
    expect(() => deadlineOf(calendar, '2026-11-29', days(60))).toThrow(new CalendarNotCoveredError('2027-01-28'));
  });
});

describe('an extension lengthens the one period, rolled once at its end', () => {
  it('rolls only the final day of 60 + E', () => {
    // Day 60 is Saturday 05-16 (the unextended deadline rolls to Monday 05-18); day 90 is Monday
    // 06-15. Rolling day 60 first and adding 30 would give Wednesday 06-17.
    expect(deadlineOf(calendar, '2026-03-17', extendable)).toBe('2026-05-18');
    expect(deadlineOf(calendar, '2026-03-17', extendable, { extensionDays: 30 })).toBe('2026-06-15');
  });

  it('rolls an extended deadline falling on National Day past the holiday', () => {
    expect(deadlineOf(calendar, '2026-07-03', extendable, { extensionDays: 30 })).toBe('2026-10-08');
    expect(deadlineOf(calendar, '2026-07-03', extendable, { extensionDays: 10 })).toBe('2026-09-11');
  });

  it.each([31, -1, 2.5])('refuses an extension of %p days', (extension) => {
    expect(() => deadlineOf(calendar, '2026-03-17', extendable, { extensionDays: extension })).toThrow(RangeError);
  });

  it('adds a hearing pause to the period, then rolls once', () => {
    // 30 days from 03-03 is Thursday 04-02; with a 2-day pause day 32 is Saturday 04-04, the start of
    // Qingming (04-04..06), so the deadline is Tuesday 04-07.
    expect(deadlineOf(calendar, '2026-03-03', paused)).toBe('2026-04-02');
    expect(deadlineOf(calendar, '2026-03-03', paused, { hearingPauseDays: hearingPauseDays('2026-03-10', '2026-03-12') })).toBe('2026-04-07');
    expect(() => deadlineOf(calendar, '2026-03-03', paused, { hearingPauseDays: -1 })).toThrow(RangeError);
  });
});

describe('working days', () => {
  it('counts 5 working days across National Day', () => {
    expect(deadlineOf(calendar, '2026-09-29', { count: 'working_days', days: 5 })).toBe('2026-10-12');
  });
});

describe('until a date someone set: as set, never rolled', () => {
  it('keeps a date that falls on a holiday', () => {
    expect(deadlineOf(calendar, '2026-09-15', until, { resolveBy: '2026-10-03' })).toBe('2026-10-03');
  });

  it('needs no calendar, so a date in 2027 is fine', () => {
    expect(deadlineOf(calendar, '2026-11-29', until, { resolveBy: '2027-03-31' })).toBe('2027-03-31');
  });

  it('refuses a date before the start, not a date, or none', () => {
    expect(() => deadlineOf(calendar, '2026-11-29', until, { resolveBy: '2026-11-28' })).toThrow(RangeError);
    expect(() => deadlineOf(calendar, '2026-11-29', until, { resolveBy: '2026-11-31' })).toThrow(RangeError);
    expect(() => deadlineOf(calendar, '2026-11-29', until)).toThrow(RangeError);
  });
});

describe('a hearing pause', () => {
  it('counts the days from a hearing being scheduled to its conclusion being recorded', () => {
    expect(hearingPauseDays('2026-03-10', '2026-03-12')).toBe(2);
    expect(hearingPauseDays('2026-03-10', '2026-03-10')).toBe(0);
    expect(hearingPauseDays('2026-02-20', '2026-03-02')).toBe(10);
    expect(() => hearingPauseDays('2026-03-12', '2026-03-10')).toThrow(RangeError);
  });
});

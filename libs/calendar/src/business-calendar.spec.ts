import {
  addCalendarDays,
  addWorkingDays,
  CalendarNotCoveredError,
  nextWorkingDayFrom,
  workingDaysBetween,
  type BusinessCalendar,
} from './business-calendar.js';
import type { CalendarDate } from './calendar-date.js';
import { createBusinessCalendar } from './official-calendar.js';

const calendar = createBusinessCalendar();

function uncoveredDateOf(probe: () => unknown): CalendarDate | undefined {
  try {
    probe();
  } catch (error) {
    if (error instanceof CalendarNotCoveredError) return error.date;
    throw error;
  }
  return undefined;
}

describe('addCalendarDays: N days, the event day not counted, the last day rolled once to a working day', () => {
  // Each expectation checked by hand against the 2026 schedule in chinese-days.json and a wall calendar.
  it.each([
    ['2026-11-13', 15, '2026-11-30', 'day 15 is Saturday 11-28: rolls over the weekend to Monday'],
    ['2026-02-13', 15, '2026-02-28', 'day 15 is the make-up Saturday 02-28: no roll'],
    ['2026-09-10', 30, '2026-10-10', 'day 30 is the make-up Saturday 10-10: no roll'],
    ['2026-09-16', 15, '2026-10-08', 'day 15 is 10-01, first day of the 7-day National Day holiday: rolls past it'],
    ['2026-01-31', 15, '2026-02-24', 'day 15 is 02-15, first day of the 9-day Spring Festival: rolls past it'],
    ['2025-12-17', 15, '2026-01-04', 'crosses 2025→2026; day 15 is New Year 01-01: rolls over 01-02, 01-03 to the make-up Sunday'],
    ['2025-12-20', 15, '2026-01-04', 'crosses 2025→2026; day 15 is the make-up Sunday 01-04: no roll'],
    ['2026-12-16', 15, '2026-12-31', 'ends on the last covered day, a Thursday'],
    ['2024-01-30', 30, '2024-02-29', 'ends on the leap day, a Thursday'],
    ['2024-01-30', 60, '2024-04-01', 'counts the leap day: day 60 is Saturday 03-30, rolls to Monday'],
    ['2024-02-20', 15, '2024-03-06', 'spans 02-29'],
    ['2025-02-20', 15, '2025-03-07', 'the same span without a leap day ends a day later'],
    ['2026-11-30', 0, '2026-11-30', 'a zero-length period on a working day'],
  ])('%s + %i days → %s (%s)', (start, days, deadline) => {
    expect(addCalendarDays(calendar, start, days)).toBe(deadline);
  });

  it('reports the first uncovered date when the period ends in 2027', () => {
    expect(uncoveredDateOf(() => addCalendarDays(calendar, '2026-12-17', 15))).toBe('2027-01-01');
    expect(uncoveredDateOf(() => addCalendarDays(calendar, '2026-11-29', 60))).toBe('2027-01-28');
  });

  it('reports the uncovered date when the roll, not the count, crosses into 2027', () => {
    const restOnNewYearsEve = createBusinessCalendar({ overrides: [{ date: '2026-12-31', kind: 'rest_day' }] });
    expect(uncoveredDateOf(() => addCalendarDays(restOnNewYearsEve, '2026-12-16', 15))).toBe('2027-01-01');
  });

  it('works once an administrator loads 2027', () => {
    // Illustrative entries, not the State Council's published 2027 notice.
    const with2027 = createBusinessCalendar({ extraCoveredYears: [2027], overrides: [{ date: '2027-01-01', kind: 'rest_day' }] });
    expect(addCalendarDays(with2027, '2026-12-17', 15)).toBe('2027-01-04');
    expect(addCalendarDays(with2027, '2026-11-29', 60)).toBe('2027-01-28');
  });

  it.each([-1, 1.5, Number.NaN])('refuses a period of %p days', (days) => {
    expect(() => addCalendarDays(calendar, '2026-11-30', days)).toThrow(RangeError);
  });
});

describe('nextWorkingDayFrom', () => {
  it('keeps a working day and skips rest days', () => {
    expect(nextWorkingDayFrom(calendar, '2026-10-10')).toBe('2026-10-10');
    expect(nextWorkingDayFrom(calendar, '2026-10-01')).toBe('2026-10-08');
    expect(nextWorkingDayFrom(calendar, '2026-09-26')).toBe('2026-09-28');
  });
});

describe('addWorkingDays: N working days, the event day not counted', () => {
  it.each([
    ['2026-11-23', 5, '2026-11-30', 'Monday + 5 is the next Monday'],
    ['2026-11-27', 5, '2026-12-04', 'from a Friday, over an ordinary weekend'],
    ['2026-09-29', 5, '2026-10-12', '09-30, 10-08, 10-09, make-up Saturday 10-10, then Monday 10-12 over National Day'],
    ['2026-02-12', 5, '2026-02-26', '02-13, make-up Saturday 02-14, then 02-24..26 over Spring Festival'],
    ['2026-09-18', 1, '2026-09-20', 'Friday + 1 is the make-up Sunday 09-20, not Monday'],
    ['2025-12-29', 5, '2026-01-06', '12-30, 12-31, make-up Sunday 01-04, 01-05, 01-06'],
    ['2026-12-24', 5, '2026-12-31', 'fits in 2026 exactly'],
  ])('%s + %i working days → %s (%s)', (start, days, deadline) => {
    expect(addWorkingDays(calendar, start, days)).toBe(deadline);
  });

  it('needs 2027 when a fifth working day falls there', () => {
    expect(uncoveredDateOf(() => addWorkingDays(calendar, '2026-12-25', 5))).toBe('2027-01-01');
  });

  it('refuses a negative count instead of answering the start date', () => {
    expect(() => addWorkingDays(calendar, '2026-11-30', -2)).toThrow(RangeError);
  });
});

describe('workingDaysBetween: working days after `from` up to and including `to`', () => {
  it.each([
    ['2026-11-29', '2026-11-29', 0, 'the same day'],
    ['2026-11-27', '2026-11-29', 0, 'Friday to Sunday: the weekend only'],
    ['2026-09-30', '2026-10-07', 0, 'National Day'],
    ['2026-09-29', '2026-10-12', 5, 'the 5 working days of the unit-objection example'],
    ['2026-01-31', '2026-02-28', 16, 'February 2026: 20 weekdays − 6 holiday weekdays + 2 make-up Saturdays'],
    ['2024-01-31', '2024-02-29', 18, 'February 2024 (29 days): 21 weekdays − 5 holiday weekdays + 2 make-up Sundays'],
    ['2025-12-31', '2026-12-31', 248, 'all of 2026: 261 weekdays − 19 holiday weekdays + 6 make-up days'],
  ])('%s → %s: %i (%s)', (from, to, count) => {
    expect(workingDaysBetween(calendar, from, to)).toBe(count);
  });

  it('inverts addWorkingDays', () => {
    for (const start of ['2026-02-12', '2026-09-29', '2026-04-30', '2025-12-29']) {
      for (const days of [0, 1, 5, 22]) expect(workingDaysBetween(calendar, start, addWorkingDays(calendar, start, days))).toBe(days);
    }
  });

  it('refuses a backwards range and an uncovered one', () => {
    expect(() => workingDaysBetween(calendar, '2026-11-30', '2026-11-29')).toThrow(RangeError);
    expect(uncoveredDateOf(() => workingDaysBetween(calendar, '2026-12-30', '2027-01-05'))).toBe('2027-01-01');
  });

  it('follows the calendar it is given', () => {
    const everyDay: BusinessCalendar = { isWorkingDay: () => true };
    expect(workingDaysBetween(everyDay, '2026-02-01', '2026-03-01')).toBe(28);
  });
});

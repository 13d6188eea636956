import { CalendarNotCoveredError } from '@xinfang/calendar';
import { missedDeadline } from './statutory-window.js';
import { fakeCalendar } from '../testing/fake-calendar.js';

const calendar = fakeCalendar();
const thirtyDays = { count: 'calendar_days', days: 30 } as const;
const fiveWorkingDays = { count: 'working_days', days: 5 } as const;

describe('missedDeadline', () => {
  it('keeps day 30 in time and misses day 31 when day 30 is a working day', () => {
    expect(missedDeadline(calendar, '2027-02-01', thirtyDays, '2027-03-03')).toBeUndefined();
    expect(missedDeadline(calendar, '2027-02-01', thirtyDays, '2027-03-04')).toBe('2027-03-03');
  });

  it('rolls a last day on a Saturday to the Monday', () => {
    expect(missedDeadline(calendar, '2027-02-04', thirtyDays, '2027-03-08')).toBeUndefined();
    expect(missedDeadline(calendar, '2027-02-04', thirtyDays, '2027-03-09')).toBe('2027-03-08');
  });

  it('rolls a last day on a public holiday past the weekend after it', () => {
    expect(missedDeadline(calendar, '2026-12-02', thirtyDays, '2027-01-04')).toBeUndefined();
    expect(missedDeadline(calendar, '2026-12-02', thirtyDays, '2027-01-05')).toBe('2027-01-04');
  });

  it('counts working days only, skipping weekends and holidays', () => {
    expect(missedDeadline(calendar, '2026-11-23', fiveWorkingDays, '2026-11-30')).toBeUndefined();
    expect(missedDeadline(calendar, '2026-11-23', fiveWorkingDays, '2026-12-01')).toBe('2026-11-30');
    expect(missedDeadline(calendar, '2026-12-29', fiveWorkingDays, '2027-01-06')).toBeUndefined();
    expect(missedDeadline(calendar, '2026-12-29', fiveWorkingDays, '2027-01-07')).toBe('2027-01-06');
  });

  describe('with a calendar that has no data for the deadline', () => {
    const only2026 = fakeCalendar({ covers: { from: '2026-01-01', to: '2026-12-31' } });

    it('finds a date on or before start + N days in time without asking it', () => {
      expect(missedDeadline(only2026, '2026-12-25', thirtyDays, '2027-01-24')).toBeUndefined();
    });

    it('lets its CalendarNotCoveredError through for a later date rather than guess', () => {
      expect(() => missedDeadline(only2026, '2026-12-25', thirtyDays, '2027-01-25')).toThrow(new CalendarNotCoveredError('2027-01-24'));
    });
  });
});

import { addDays, assertCalendarDate, dayOfWeek, daysBetween, isCalendarDate, yearOf } from './calendar-date.js';

describe('isCalendarDate', () => {
  it.each(['2026-11-29', '2024-02-29', '2000-02-29', '0048-02-29'])('accepts %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each(['2026-02-29', '1900-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-11-00', '2026-1-5', '2026/11/30', '2026-11-30T00:00', ''])(
    'refuses %p',
    (date) => {
      expect(isCalendarDate(date)).toBe(false);
      expect(() => assertCalendarDate(date, 'receivedOn')).toThrow(/receivedOn must be a real date/);
    },
  );
});

describe('addDays', () => {
  it.each([
    ['2026-11-29', 1, '2026-11-30'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2025-12-20', 15, '2026-01-04'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2024-01-30', 30, '2024-02-29'],
    ['2024-01-30', 60, '2024-03-30'],
    ['2026-03-01', -1, '2026-02-28'],
    ['0099-12-31', 1, '0100-01-01'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('refuses an impossible date instead of silently normalising it', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('refuses a fractional number of days', () => {
    expect(() => addDays('2026-02-01', 1.5)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it('counts whole days, the leap day included', () => {
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2025-02-01', '2025-03-01')).toBe(28);
    expect(daysBetween('2025-12-31', '2026-12-31')).toBe(365);
    expect(daysBetween('2026-11-30', '2026-11-29')).toBe(-1);
    expect(daysBetween('2026-11-29', '2026-11-29')).toBe(0);
  });
});

describe('dayOfWeek and yearOf', () => {
  it('reads the weekday of the date itself, whatever the runtime time zone', () => {
    expect(dayOfWeek('2026-11-29')).toBe(0);
    expect(dayOfWeek('2026-10-01')).toBe(4);
    expect(dayOfWeek('2026-02-14')).toBe(6);
    expect(dayOfWeek('2024-02-29')).toBe(4);
  });

  it('reads the year', () => {
    expect(yearOf('2027-01-28')).toBe(2027);
  });
});

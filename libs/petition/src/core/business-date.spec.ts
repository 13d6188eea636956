import { compareIsoDates, isCalendarDate, isIsoDate, shanghaiDate } from './business-date.js';

describe('shanghaiDate', () => {
  it.each([
    ['2026-11-29T15:59:59.999Z', '2026-11-29'],
    ['2026-11-29T16:00:00Z', '2026-11-30'],
    ['2026-11-29T17:00:00Z', '2026-11-30'],
    ['2026-12-31T16:30:00Z', '2027-01-01'],
    ['2026-06-01T00:00:00+08:00', '2026-06-01'],
  ])('reads %s as %s', (instant, date) => {
    expect(shanghaiDate(new Date(instant))).toBe(date);
  });

  it('refuses an invalid instant', () => {
    expect(() => shanghaiDate(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('isIsoDate', () => {
  it.each(['2026-11-30', '2024-02-29', '2000-02-29', '1949-10-01'])('accepts %s', (date) => {
    expect(isIsoDate(date)).toBe(true);
  });

  it.each(['2026-02-29', '1900-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-11-00', '2026-1-5', '2026/11/30', '2026-11-30T00:00', ''])(
    'refuses %p',
    (date) => {
      expect(isIsoDate(date)).toBe(false);
    },
  );
});

describe('isCalendarDate', () => {
  it('applies the Gregorian leap rule to years below 100 too', () => {
    expect(isCalendarDate(0, 2, 29)).toBe(true);
    expect(isCalendarDate(100, 2, 29)).toBe(false);
  });
});

describe('compareIsoDates', () => {
  it('orders dates', () => {
    expect(compareIsoDates('2026-11-29', '2026-11-30')).toBeLessThan(0);
    expect(compareIsoDates('2026-12-01', '2026-11-30')).toBeGreaterThan(0);
    expect(compareIsoDates('2026-11-30', '2026-11-30')).toBe(0);
  });
});

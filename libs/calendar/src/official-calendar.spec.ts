import chineseDays from 'chinese-days';
import { addDays, type CalendarDate } from './calendar-date.js';
import { CalendarNotCoveredError } from './business-calendar.js';
import { chineseDaysSchedule, parseChineseDaysData } from './chinese-days.data.js';
import { createBusinessCalendar, OfficialCalendar, type CalendarOverride } from './official-calendar.js';

const calendar = createBusinessCalendar();

function daysOf(from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) days.push(date);
  return days;
}

function uncoveredDateOf(probe: () => unknown): CalendarDate | undefined {
  try {
    probe();
  } catch (error) {
    if (error instanceof CalendarNotCoveredError) return error.date;
    throw error;
  }
  return undefined;
}

describe('OfficialCalendar: the 2026 schedule in chinese-days', () => {
  // Read off node_modules/chinese-days/dist/chinese-days.json: holidays 2026-01-01..03, 02-15..23,
  // 04-04..06, 05-01..05, 06-19..21, 09-25..27, 10-01..07; make-up working days 01-04 (Sun),
  // 02-14 (Sat), 02-28 (Sat), 05-09 (Sat), 09-20 (Sun), 10-10 (Sat).
  it.each([
    ['2026-01-01', false, 'New Year, a Thursday'],
    ['2026-01-02', false, 'New Year, a Friday given in lieu'],
    ['2026-01-03', false, 'New Year, a Saturday'],
    ['2026-01-04', true, 'a make-up Sunday for New Year'],
    ['2026-01-05', true, 'an ordinary Monday'],
    ['2026-02-13', true, 'the Friday before Spring Festival'],
    ['2026-02-14', true, 'a make-up Saturday for Spring Festival'],
    ['2026-02-24', true, 'the Tuesday after Spring Festival'],
    ['2026-02-28', true, 'the second make-up Saturday for Spring Festival'],
    ['2026-03-01', false, 'an ordinary Sunday'],
    ['2026-04-06', false, 'Qingming, a Monday'],
    ['2026-05-09', true, 'a make-up Saturday for Labour Day'],
    ['2026-09-20', true, 'a make-up Sunday for National Day'],
    ['2026-10-08', true, 'the Thursday after National Day'],
    ['2026-10-10', true, 'a make-up Saturday for National Day'],
    ['2026-10-11', false, 'the Sunday after it'],
    ['2026-11-28', false, 'an ordinary Saturday'],
    ['2026-11-30', true, 'an ordinary Monday'],
    ['2026-12-31', true, 'the last day of the data set, a Thursday'],
  ])('%s is a working day: %s (%s)', (date, working) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
  });

  it('rests every day of Spring Festival (02-15..23) and of National Day (10-01..07), weekdays included', () => {
    for (const date of [...daysOf('2026-02-15', '2026-02-23'), ...daysOf('2026-10-01', '2026-10-07')]) {
      expect([date, calendar.isWorkingDay(date)]).toEqual([date, false]);
    }
  });

  // The package builds its own tables with local-time dates, so west of UTC it files New Year 2004
  // under 2003-12-31; it is a trustworthy reference only at a UTC offset of zero or more.
  const packageIsReliableHere = new Date(2004, 0, 1).getTimezoneOffset() <= 0;
  (packageIsReliableHere ? it : it.skip)('agrees with chinese-days itself on every day it covers, 2004 to 2026', () => {
    const disagreements = daysOf('2004-01-01', '2026-12-31').filter((date) => {
      const local = new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
      return calendar.isWorkingDay(date) !== chineseDays.isWorkday(local);
    });
    expect(disagreements).toEqual([]);
  });
});

describe('OfficialCalendar: coverage', () => {
  it('covers the years in which the data set lists a holiday: 2004 to 2026 today', () => {
    expect(calendar.coveredYears).toEqual(Array.from({ length: 23 }, (_, index) => 2004 + index));
  });

  it.each(['2027-01-01', '2027-01-04', '2003-12-31', '2030-06-03'])('refuses to guess for %s', (date) => {
    expect(uncoveredDateOf(() => calendar.isWorkingDay(date))).toBe(date);
    expect(calendar.covers(date)).toBe(false);
  });

  it('tells an impossible date from an uncovered one', () => {
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(RangeError);
  });

  it('does not count a year as covered for a stray make-up day alone', () => {
    const schedule = parseChineseDaysData({ holidays: { '2030-01-01': 'New Year' }, workdays: { '2031-01-04': 'New Year' } }, 'test data');
    expect([...schedule.coveredYears]).toEqual([2030]);
    const custom = new OfficialCalendar({}, schedule);
    expect(custom.isWorkingDay('2030-01-02')).toBe(true);
    expect(uncoveredDateOf(() => custom.isWorkingDay('2031-01-04'))).toBe('2031-01-04');
  });

  it('fails fast, naming the file, when the data has an unexpected shape', () => {
    expect(() => parseChineseDaysData([], 'x.json')).toThrow(/x\.json/);
    expect(() => parseChineseDaysData({ holidays: {}, workdays: null }, 'x.json')).toThrow(/x\.json: workdays/);
    expect(() => parseChineseDaysData({ holidays: { '2026-1-1': 'New Year' }, workdays: {} }, 'x.json')).toThrow(/"2026-1-1"/);
  });

  it('reads the installed data once', () => {
    expect(chineseDaysSchedule()).toBe(chineseDaysSchedule());
  });
});

describe('createBusinessCalendar: administrator overrides', () => {
  it('lets an override beat the data set both ways', () => {
    const overridden = createBusinessCalendar({
      overrides: [
        { date: '2026-10-07', kind: 'working_day', note: 'county government recalled staff' },
        { date: '2026-02-14', kind: 'rest_day' },
        { date: '2026-12-31', kind: 'rest_day', note: 'local holiday' },
        { date: '2026-11-28', kind: 'working_day' },
      ],
    });
    expect(overridden.isWorkingDay('2026-10-07')).toBe(true);
    expect(overridden.isWorkingDay('2026-02-14')).toBe(false);
    expect(overridden.isWorkingDay('2026-12-31')).toBe(false);
    expect(overridden.isWorkingDay('2026-11-28')).toBe(true);
    expect(overridden.isWorkingDay('2026-10-06')).toBe(false);
  });

  it('answers an override in an undeclared year for that day only', () => {
    const partial = createBusinessCalendar({ overrides: [{ date: '2027-01-01', kind: 'rest_day' }] });
    expect(partial.isWorkingDay('2027-01-01')).toBe(false);
    expect(partial.covers('2027-01-01')).toBe(true);
    expect(uncoveredDateOf(() => partial.isWorkingDay('2027-01-04'))).toBe('2027-01-04');
  });

  it('covers a declared year: weekdays work, weekends rest, overrides win', () => {
    const loaded = createBusinessCalendar({ extraCoveredYears: [2027], overrides: [{ date: '2027-01-01', kind: 'rest_day' }] });
    expect(loaded.coveredYears.at(-1)).toBe(2027);
    expect(loaded.isWorkingDay('2027-01-01')).toBe(false);
    expect(loaded.isWorkingDay('2027-01-02')).toBe(false);
    expect(loaded.isWorkingDay('2027-01-04')).toBe(true);
    expect(uncoveredDateOf(() => loaded.isWorkingDay('2028-01-03'))).toBe('2028-01-03');
  });

  it('accepts a repeated override that agrees, and refuses contradictory or malformed ones', () => {
    const repeated = { date: '2026-12-31', kind: 'rest_day' } as const;
    expect(createBusinessCalendar({ overrides: [repeated, repeated] }).isWorkingDay('2026-12-31')).toBe(false);
    expect(() => createBusinessCalendar({ overrides: [repeated, { date: '2026-12-31', kind: 'working_day' }] })).toThrow(/Conflicting overrides for 2026-12-31/);
    expect(() => createBusinessCalendar({ overrides: [{ date: '2026-12-32', kind: 'rest_day' }] })).toThrow(RangeError);
    expect(() => createBusinessCalendar({ overrides: [{ date: '2026-12-30', kind: 'holiday' } as unknown as CalendarOverride] })).toThrow(/working_day or rest_day/);
    expect(() => createBusinessCalendar({ extraCoveredYears: [27] })).toThrow(RangeError);
    expect(() => createBusinessCalendar({ extraCoveredYears: [2027.5] })).toThrow(RangeError);
  });
});

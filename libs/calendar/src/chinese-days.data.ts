/**
 * The official holiday schedule as published by the State Council each year, from the npm package
 * `chinese-days`. Only its raw data is used: the package's own `isWorkday` answers for any date,
 * falling back to "Monday to Friday" outside its data, which is exactly the guess a statutory clock
 * must never make, and it builds its tables and reads weekdays in the runtime's local time zone, so
 * west of UTC it answers for the wrong day (New Year 2004 filed under 2003-12-31).
 */
import { createRequire } from 'node:module';
import { isCalendarDate, yearOf, type CalendarDate } from './calendar-date.js';

/** The days the schedule names; every other day of a covered year is a working day unless a weekend. */
export interface HolidaySchedule {
  /** Public holidays, including the weekdays given in lieu (调休放假), each a rest day. */
  readonly holidays: ReadonlySet<CalendarDate>;
  /** Weekend days made working days (调休上班). */
  readonly makeUpWorkingDays: ReadonlySet<CalendarDate>;
  /**
   * The years the schedule answers for: a year is covered when the data lists at least one public
   * holiday in it. Every year's State Council notice names holidays, so a year with none has not
   * been published (or loaded); a stray make-up working day, say an early-January one belonging to
   * the previous year's notice, does not make a year known.
   */
  readonly coveredYears: ReadonlySet<number>;
}

const DATA_FILE = 'chinese-days/dist/chinese-days.json';

let loaded: HolidaySchedule | undefined;

/**
 * The schedule shipped with the installed `chinese-days`, read once. `createRequire` rather than
 * a JSON `import ... with { type: 'json' }`: jest's swc transform drops the import attribute, and
 * jest is deprecating JSON imports without it; `require` reads JSON the same way under Node, tsx
 * and jest.
 */
export function chineseDaysSchedule(): HolidaySchedule {
  loaded ??= parseChineseDaysData(createRequire(import.meta.url)(DATA_FILE), DATA_FILE);
  return loaded;
}

/** Fails fast, naming the source, if a new package version changes the data's shape. */
export function parseChineseDaysData(raw: unknown, source: string): HolidaySchedule {
  if (!isRecord(raw)) throw new TypeError(`${source}: expected an object with holidays and workdays`);
  const holidays = dateKeys(raw.holidays, `${source}: holidays`);
  return {
    holidays: new Set(holidays),
    makeUpWorkingDays: new Set(dateKeys(raw.workdays, `${source}: workdays`)),
    coveredYears: new Set(holidays.map(yearOf)),
  };
}

function dateKeys(value: unknown, what: string): CalendarDate[] {
  if (!isRecord(value)) throw new TypeError(`${what} must map dates to names`);
  const dates = Object.keys(value);
  const malformed = dates.find((date) => !isCalendarDate(date));
  if (malformed !== undefined) throw new TypeError(`${what} holds ${JSON.stringify(malformed)}, which is not a YYYY-MM-DD date`);
  return dates;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The official working-day calendar: the State Council's schedule from `chinese-days`, corrected
 * and extended by an administrator's overrides (persisting them is the API's job).
 */
import { CalendarNotCoveredError, type BusinessCalendar } from './business-calendar.js';
import { assertCalendarDate, dayOfWeek, yearOf, type CalendarDate } from './calendar-date.js';
import { chineseDaysSchedule, type HolidaySchedule } from './chinese-days.data.js';

export type CalendarOverrideKind = 'working_day' | 'rest_day';

/** An administrator's ruling on one day; it wins over the published data set. */
export interface CalendarOverride {
  readonly date: CalendarDate;
  readonly kind: CalendarOverrideKind;
  readonly note?: string;
}

export interface CalendarOptions {
  readonly overrides?: readonly CalendarOverride[];
  /**
   * Years the administrator declares fully loaded, typically after entering the holidays and
   * make-up days of a newly published State Council notice as overrides.
   */
  readonly extraCoveredYears?: readonly number[];
}

export class OfficialCalendar implements BusinessCalendar {
  /** Ascending; the data set's years and the administrator's. */
  readonly coveredYears: readonly number[];
  private readonly covered: ReadonlySet<number>;
  private readonly overrides: ReadonlyMap<CalendarDate, CalendarOverrideKind>;

  /** `schedule` is the installed `chinese-days` data unless another published schedule is given. */
  constructor(
    { overrides = [], extraCoveredYears = [] }: CalendarOptions = {},
    private readonly schedule: HolidaySchedule = chineseDaysSchedule(),
  ) {
    extraCoveredYears.forEach(assertYear);
    this.covered = new Set([...schedule.coveredYears, ...extraCoveredYears]);
    this.coveredYears = [...this.covered].sort((a, b) => a - b);
    this.overrides = indexOverrides(overrides);
  }

  /**
   * Whether `isWorkingDay` answers for `date`. An override answers for its own day even in a year
   * not declared covered: it is the administrator's explicit word, not a guess.
   */
  covers(date: CalendarDate): boolean {
    return this.overrides.has(date) || this.covered.has(yearOf(date));
  }

  isWorkingDay(date: CalendarDate): boolean {
    assertCalendarDate(date);
    const override = this.overrides.get(date);
    if (override !== undefined) return override === 'working_day';
    if (!this.covered.has(yearOf(date))) throw new CalendarNotCoveredError(date);
    if (this.schedule.makeUpWorkingDays.has(date)) return true;
    if (this.schedule.holidays.has(date)) return false;
    const weekday = dayOfWeek(date);
    return weekday !== 0 && weekday !== 6;
  }
}

/** The official calendar with an administrator's overrides and declared years. */
export function createBusinessCalendar(options: CalendarOptions = {}): OfficialCalendar {
  return new OfficialCalendar(options);
}

function indexOverrides(overrides: readonly CalendarOverride[]): ReadonlyMap<CalendarDate, CalendarOverrideKind> {
  const byDate = new Map<CalendarDate, CalendarOverrideKind>();
  for (const { date, kind } of overrides) {
    assertCalendarDate(date, 'override date');
    if (kind !== 'working_day' && kind !== 'rest_day') throw new RangeError(`Override kind for ${date} must be working_day or rest_day, got ${JSON.stringify(kind)}`);
    const earlier = byDate.get(date);
    if (earlier !== undefined && earlier !== kind) throw new RangeError(`Conflicting overrides for ${date}: ${earlier} and ${kind}`);
    byDate.set(date, kind);
  }
  return byDate;
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`a covered year must be a four-digit year, got ${year}`);
}

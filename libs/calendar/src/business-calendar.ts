/**
 * The statutory day count (民法典 Arts. 201, 203): the day of the triggering event is not counted;
 * a period whose last day is not a working day ends on the next working day; it ends at 24:00.
 */
import { addDays, assertCalendarDate, daysBetween, type CalendarDate } from './calendar-date.js';

export { addDays, type CalendarDate } from './calendar-date.js';

/** Which days are working days. Answers only for dates its data covers; never guesses. */
export interface BusinessCalendar {
  /** @throws CalendarNotCoveredError for a date outside the calendar's data. */
  isWorkingDay(date: CalendarDate): boolean;
}

export class CalendarNotCoveredError extends Error {
  override readonly name = 'CalendarNotCoveredError';
  constructor(readonly date: CalendarDate) {
    super(`The working-day calendar has no data for ${date}; an administrator must load that year's official schedule`);
  }
}

/** The first working day on or after `date`. */
export function nextWorkingDayFrom(calendar: BusinessCalendar, date: CalendarDate): CalendarDate {
  let candidate = date;
  while (!calendar.isWorkingDay(candidate)) candidate = addDays(candidate, 1);
  return candidate;
}

/** The last day of a period of `days` calendar days starting after `start`, rolled once to a working day. */
export function addCalendarDays(calendar: BusinessCalendar, start: CalendarDate, days: number): CalendarDate {
  assertPeriodLength(days);
  return nextWorkingDayFrom(calendar, addDays(start, days));
}

/** The day on which `days` working days after `start` (not counting `start`) have passed. */
export function addWorkingDays(calendar: BusinessCalendar, start: CalendarDate, days: number): CalendarDate {
  assertPeriodLength(days);
  let date = start;
  for (let counted = 0; counted < days; ) {
    date = addDays(date, 1);
    if (calendar.isWorkingDay(date)) counted++;
  }
  return date;
}

/**
 * Working days after `from` up to and including `to`, counted like `addWorkingDays`, so that
 * `workingDaysBetween(c, s, addWorkingDays(c, s, n)) === n`: a unit forwarded a case on `from`
 * has used this many of its working days by the end of `to`.
 */
export function workingDaysBetween(calendar: BusinessCalendar, from: CalendarDate, to: CalendarDate): number {
  assertCalendarDate(from, 'from');
  if (daysBetween(from, to) < 0) throw new RangeError(`to (${to}) must not precede from (${from})`);
  let count = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
    if (calendar.isWorkingDay(date)) count++;
  }
  return count;
}

function assertPeriodLength(days: number): void {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`a period is a whole, non-negative number of days, got ${days}`);
}

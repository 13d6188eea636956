/**
 * The statutory day count (民法典 Arts. 201, 203): the day of the triggering event is not counted;
 * a period whose last day is not a working day ends on the next working day; it ends at 24:00.
 */

/** `YYYY-MM-DD`, a business date in Asia/Shanghai. */
export type CalendarDate = string;

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

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The first working day on or after `date`. */
export function nextWorkingDayFrom(calendar: BusinessCalendar, date: CalendarDate): CalendarDate {
  let candidate = date;
  while (!calendar.isWorkingDay(candidate)) candidate = addDays(candidate, 1);
  return candidate;
}

/** The last day of a period of `days` calendar days starting after `start`, rolled once to a working day. */
export function addCalendarDays(calendar: BusinessCalendar, start: CalendarDate, days: number): CalendarDate {
  return nextWorkingDayFrom(calendar, addDays(start, days));
}

/** The day on which `days` working days after `start` (not counting `start`) have passed. */
export function addWorkingDays(calendar: BusinessCalendar, start: CalendarDate, days: number): CalendarDate {
  let date = start;
  for (let counted = 0; counted < days; ) {
    date = addDays(date, 1);
    if (calendar.isWorkingDay(date)) counted++;
  }
  return date;
}

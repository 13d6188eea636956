/**
 * Calendar-date arithmetic on `YYYY-MM-DD` text, in whole days. Dates are read as UTC midnights so
 * that the runtime's time zone can never shift a weekday or a day count.
 */

/** `YYYY-MM-DD`, a business date in Asia/Shanghai. */
export type CalendarDate = string;

export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DD` naming a day that exists: 2026-02-30 and 2026-13-01 do not. */
export function isCalendarDate(text: string): text is CalendarDate {
  const match = CALENDAR_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = utcMidnight(year, month, day);
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** @throws RangeError unless `date` is a real `YYYY-MM-DD` date; `argument` names it in the message. */
export function assertCalendarDate(date: CalendarDate, argument = 'date'): void {
  if (!isCalendarDate(date)) throw new RangeError(`${argument} must be a real date written YYYY-MM-DD, got ${JSON.stringify(date)}`);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError(`days must be a whole number, got ${days}`);
  const moved = new Date(toUtc(date).getTime() + days * MS_PER_DAY);
  return `${String(moved.getUTCFullYear()).padStart(4, '0')}-${twoDigits(moved.getUTCMonth() + 1)}-${twoDigits(moved.getUTCDate())}`;
}

/** Whole days from `from` to `to`: 1 from a day to the next, negative when `to` is earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / MS_PER_DAY);
}

/** 0 for Sunday through 6 for Saturday. */
export function dayOfWeek(date: CalendarDate): DayOfWeek {
  return toUtc(date).getUTCDay() as DayOfWeek;
}

export function yearOf(date: CalendarDate): number {
  assertCalendarDate(date);
  return Number(date.slice(0, 4));
}

function toUtc(date: CalendarDate): Date {
  assertCalendarDate(date);
  return utcMidnight(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** `Date.UTC` would read years 0–99 as 1900–1999; `setUTCFullYear` does not. */
function utcMidnight(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * How a clock's period is counted, whatever the clock: calendar days (民法典 Arts. 201, 203: the
 * day of the start not counted, a last day that is not a working day moved to the next working
 * day), working days only, or a date someone set (a resolve-by or report-by date). Which clock
 * counts how, and why, is the petition domain's clock catalogue.
 */
import { addCalendarDays, addWorkingDays, type BusinessCalendar } from './business-calendar.js';
import { assertCalendarDate, daysBetween, type CalendarDate } from './calendar-date.js';

export type ClockLength =
  /** N days, lengthened by a whole number of days the clock carries (an extension, a hearing pause); rolled once, at the end. */
  | { readonly count: 'calendar_days'; readonly days: number; readonly extension?: { readonly param: string; readonly max?: number } }
  | { readonly count: 'working_days'; readonly days: number }
  /** Until the date in the named parameter, exactly as set: a date chosen with the calendar in front of it is never rolled. */
  | { readonly count: 'until'; readonly param: string };

/** The facts a clock's length reads besides its start: `extensionDays: 10`, `resolveBy: '2026-12-31'`. */
export type ClockParams = Readonly<Record<string, number | string>>;

/** @throws CalendarNotCoveredError when the days to inspect lie outside the calendar's data; RangeError for bad input. */
export function deadlineOf(calendar: BusinessCalendar, startedOn: CalendarDate, length: ClockLength, params: ClockParams = {}): CalendarDate {
  switch (length.count) {
    case 'calendar_days':
      return addCalendarDays(calendar, startedOn, length.days + extensionDays(length, params));
    case 'working_days':
      return addWorkingDays(calendar, startedOn, length.days);
    case 'until': {
      const until = params[length.param];
      if (typeof until !== 'string') throw new RangeError(`A clock counted until ${length.param} needs that date`);
      assertCalendarDate(until, length.param);
      if (daysBetween(startedOn, until) < 0) throw new RangeError(`${length.param} (${until}) must not precede the clock's start (${startedOn})`);
      return until;
    }
  }
}

function extensionDays(length: Extract<ClockLength, { count: 'calendar_days' }>, params: ClockParams): number {
  if (!length.extension) return 0;
  const days = params[length.extension.param] ?? 0;
  const max = length.extension.max ?? Number.MAX_SAFE_INTEGER;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > max) {
    throw new RangeError(`${length.extension.param} is a whole number of days from 0${length.extension.max === undefined ? '' : ` to ${max}`}, got ${String(days)}`);
  }
  return days;
}

/**
 * A hearing's pause (条例 Art. 36): the days from the day it was scheduled to the day its conclusion
 * was recorded (a hearing scheduled on the 1st and concluded on the 5th pauses a clock 4 days).
 */
export function hearingPauseDays(scheduledOn: CalendarDate, concludedOn: CalendarDate): number {
  const days = daysBetween(scheduledOn, concludedOn);
  if (days < 0) throw new RangeError(`A hearing's conclusion (${concludedOn}) cannot precede its scheduling (${scheduledOn})`);
  return days;
}

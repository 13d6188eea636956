/**
 * A clock as derived from a case's events: when it started, how its period is counted, its deadline
 * and when it stopped. Clocks are values computed from events, never stored counters.
 */
import { CalendarNotCoveredError, type BusinessCalendar } from './business-calendar.js';
import { daysBetween, type CalendarDate } from './calendar-date.js';
import { deadlineOf, type ClockLength, type ClockParams } from './clock-length.js';

export interface ClockStart {
  readonly startedOn: CalendarDate;
  readonly length: ClockLength;
  readonly params?: ClockParams;
}

/**
 * The deadline, or the first date the calendar could not answer for: the read model shows
 * "calendar not loaded for 2027" on that one clock instead of failing the whole list.
 */
export type ClockDeadline =
  | { readonly deadline: CalendarDate; readonly uncovered?: undefined }
  | { readonly deadline: null; readonly uncovered: CalendarDate };

export type Clock = { readonly startedOn: CalendarDate; readonly stoppedOn?: CalendarDate } & ClockDeadline;

/** Never throws for a date outside the calendar; still throws for invalid input. */
export function deadlineFor(calendar: BusinessCalendar, { startedOn, length, params }: ClockStart): ClockDeadline {
  try {
    return { deadline: deadlineOf(calendar, startedOn, length, params) };
  } catch (error) {
    if (error instanceof CalendarNotCoveredError) return { deadline: null, uncovered: error.date };
    throw error;
  }
}

/** The clock started by `start`, stopped on `stoppedOn` if it has stopped. */
export function buildClock(calendar: BusinessCalendar, start: ClockStart, stoppedOn?: CalendarDate): Clock {
  if (stoppedOn !== undefined && daysBetween(start.startedOn, stoppedOn) < 0) {
    throw new RangeError(`A clock cannot stop (${stoppedOn}) before it starts (${start.startedOn})`);
  }
  const clock: Clock = { startedOn: start.startedOn, ...deadlineFor(calendar, start) };
  return stoppedOn === undefined ? clock : { ...clock, stoppedOn };
}

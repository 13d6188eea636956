/**
 * A clock's state as of any date, so that "overdue" can be asked of the past. A deadline ends at
 * 24:00 of its date: a clock stopped on it is met, and a running one is overdue from the day after.
 */
import { daysBetween, type CalendarDate } from './calendar-date.js';
import type { Clock } from './statutory-clock.js';

export type ClockState = 'not_started' | 'uncovered' | 'open' | 'due_soon' | 'overdue' | 'met' | 'missed' | 'used' | 'lapsed';

/**
 * `daysLeft` is the calendar days from `asOf` to the deadline: 0 on the deadline itself (its last
 * day, not yet missed), 1 the day before. A clock is due soon with `daysLeft ≤ dueSoonDays`, so
 * with the default 3 it is due soon on the deadline and the three days before it.
 */
export type ClockEvaluation =
  /** `asOf` precedes the clock's start: it did not exist yet. */
  | { readonly state: 'not_started' }
  /** The calendar does not cover `uncovered`, a date the deadline depends on. */
  | { readonly state: 'uncovered'; readonly uncovered: CalendarDate }
  | { readonly state: 'open' | 'due_soon'; readonly deadline: CalendarDate; readonly daysLeft: number }
  | { readonly state: 'overdue'; readonly deadline: CalendarDate; readonly daysOverdue: number }
  | { readonly state: 'met'; readonly deadline: CalendarDate; readonly stoppedOn: CalendarDate; readonly daysToSpare: number }
  | { readonly state: 'missed'; readonly deadline: CalendarDate; readonly stoppedOn: CalendarDate; readonly daysLate: number }
  /** A right's window: exercised on `stoppedOn`. */
  | { readonly state: 'used'; readonly deadline: CalendarDate; readonly stoppedOn: CalendarDate }
  /** A right's window that passed unused: never a failure of whoever grants the right. */
  | { readonly state: 'lapsed'; readonly deadline: CalendarDate };

export const DEFAULT_DUE_SOON_DAYS = 3;

export interface EvaluateClockOptions {
  readonly dueSoonDays?: number;
  /**
   * `duty` (the default): met or missed when stopped, overdue while late. `right`, a right's window
   * (a petitioner's review window, a unit's objection window): open, then used or lapsed.
   */
  readonly nature?: 'duty' | 'right';
}

/**
 * A clock that stops after `asOf` is evaluated as still running on `asOf`. An uncovered clock stays
 * `uncovered` even when stopped: whether it was met waits for the administrator to load the year.
 */
export function evaluateClock(clock: Clock, asOf: CalendarDate, { dueSoonDays = DEFAULT_DUE_SOON_DAYS, nature = 'duty' }: EvaluateClockOptions = {}): ClockEvaluation {
  if (!Number.isInteger(dueSoonDays) || dueSoonDays < 0) throw new RangeError(`dueSoonDays must be a whole, non-negative number, got ${dueSoonDays}`);
  if (daysBetween(clock.startedOn, asOf) < 0) return { state: 'not_started' };
  if (clock.deadline === null) return { state: 'uncovered', uncovered: clock.uncovered };
  const { deadline, stoppedOn } = clock;
  if (nature === 'right') {
    if (stoppedOn !== undefined && daysBetween(stoppedOn, asOf) >= 0) return { state: 'used', deadline, stoppedOn };
    const daysLeft = daysBetween(asOf, deadline);
    return daysLeft < 0 ? { state: 'lapsed', deadline } : { state: 'open', deadline, daysLeft };
  }
  if (stoppedOn !== undefined && daysBetween(stoppedOn, asOf) >= 0) {
    const margin = daysBetween(stoppedOn, deadline);
    return margin >= 0 ? { state: 'met', deadline, stoppedOn, daysToSpare: margin } : { state: 'missed', deadline, stoppedOn, daysLate: -margin };
  }
  const daysLeft = daysBetween(asOf, deadline);
  if (daysLeft < 0) return { state: 'overdue', deadline, daysOverdue: -daysLeft };
  return { state: daysLeft <= dueSoonDays ? 'due_soon' : 'open', deadline, daysLeft };
}

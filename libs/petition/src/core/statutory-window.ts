import { addDays, type BusinessCalendar, type ClockLength, deadlineOf } from '@xinfang/calendar';
import { compareIsoDates, type IsoDate } from './business-date.js';
import { CLOCK_CATALOGUE, type ClockKind } from './clock-catalogue.js';

/**
 * The deadline of a period starting on `start` (not counted) that `date` comes after, or
 * `undefined` when `date` is in time. A date on or before `start + days` is in time whatever
 * the calendar says (rolling and working days only ever move a deadline later), so the calendar
 * is asked only about later dates; if it has no data for them, its `CalendarNotCoveredError`
 * propagates: the decider refuses to guess, and the API tells the caller the calendar needs that year.
 */
export function missedDeadline(calendar: BusinessCalendar, start: IsoDate, length: ClockLength, date: IsoDate): IsoDate | undefined {
  if (length.count !== 'until' && compareIsoDates(date, addDays(start, length.days)) <= 0) return undefined;
  const deadline = deadlineOf(calendar, start, length);
  return compareIsoDates(date, deadline) > 0 ? deadline : undefined;
}

/** `missedDeadline` for the window of a catalogued clock, at its base length (an extension is not a window's). */
export function missedWindow(calendar: BusinessCalendar, kind: ClockKind, start: IsoDate, date: IsoDate): IsoDate | undefined {
  return missedDeadline(calendar, start, CLOCK_CATALOGUE[kind].length, date);
}

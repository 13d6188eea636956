import { addCalendarDays, addDays, addWorkingDays, type BusinessCalendar } from '@xinfang/calendar';
import { compareIsoDates, type IsoDate } from './business-date.js';

export interface StatutoryPeriod {
  days: number;
  /** Calendar days (the last day rolled once to a working day) or working days only. */
  counting: 'calendar_days' | 'working_days';
}

/**
 * The deadline of a period starting on `start` (not counted) that `date` comes after, or
 * `undefined` when `date` is in time. A date on or before `start + days` is in time whatever
 * the calendar says (rolling and working days only ever move a deadline later), so the calendar
 * is asked only about later dates; if it has no data for them, its `CalendarNotCoveredError`
 * propagates: the decider refuses to guess, and the API tells the caller the calendar needs that year.
 */
export function missedDeadline(calendar: BusinessCalendar, start: IsoDate, period: StatutoryPeriod, date: IsoDate): IsoDate | undefined {
  if (compareIsoDates(date, addDays(start, period.days)) <= 0) return undefined;
  const deadline = period.counting === 'calendar_days' ? addCalendarDays(calendar, start, period.days) : addWorkingDays(calendar, start, period.days);
  return compareIsoDates(date, deadline) > 0 ? deadline : undefined;
}

/**
 * The deadline of each statutory clock (信访工作条例, 2022), from its business dates. Each
 * `@throws CalendarNotCoveredError` when the dates it must inspect lie outside the calendar's data;
 * `deadlineFor` turns that into a value for lists and read models.
 */
import { addCalendarDays, addWorkingDays, type BusinessCalendar } from './business-calendar.js';
import { assertCalendarDate, daysBetween, type CalendarDate } from './calendar-date.js';

export const ACCEPTANCE_DAYS = 15;
export const UNIT_OBJECTION_WORKING_DAYS = 5;
export const HANDLING_DAYS = 60;
export const MAX_EXTENSION_DAYS = 30;
export const REVIEW_DAYS = 30;
export const RATING_WINDOW_DAYS = 30;

/** Arts. 22, 23: decide acceptance within 15 days of receipt. */
export function acceptanceDeadline(calendar: BusinessCalendar, receivedOn: CalendarDate): CalendarDate {
  return addCalendarDays(calendar, receivedOn, ACCEPTANCE_DAYS);
}

/** Art. 23 ¶3: a unit objects to a forwarded or assigned case within 5 working days. */
export function unitObjectionDeadline(calendar: BusinessCalendar, forwardedOn: CalendarDate): CalendarDate {
  return addWorkingDays(calendar, forwardedOn, UNIT_OBJECTION_WORKING_DAYS);
}

/**
 * Art. 34: 60 days from acceptance, 60 + E with one extension of E ≤ 30 days. The extended period
 * is one period counted from acceptance, so the roll to a working day happens once, on its final
 * day; rolling the original 60th day first and counting E from there would lengthen it.
 */
export function handlingDeadline(calendar: BusinessCalendar, acceptedOn: CalendarDate, extensionDays = 0): CalendarDate {
  if (!Number.isInteger(extensionDays) || extensionDays < 0 || extensionDays > MAX_EXTENSION_DAYS) {
    throw new RangeError(`An extension is a whole number of days from 0 to ${MAX_EXTENSION_DAYS}, got ${extensionDays}`);
  }
  return addCalendarDays(calendar, acceptedOn, HANDLING_DAYS + extensionDays);
}

/**
 * The resolve-by date (限期办结) a hearing's chair set, exactly as set: it is a date the panel
 * chose with the calendar in front of it, not a period counted in days, so Art. 203's roll does not
 * apply and no calendar is consulted (nor can one be missing).
 */
export function resolutionPlanDeadline(concludedOn: CalendarDate, resolveBy: CalendarDate): CalendarDate {
  assertCalendarDate(resolveBy, 'resolveBy');
  if (daysBetween(concludedOn, resolveBy) < 0) throw new RangeError(`resolveBy (${resolveBy}) must not precede the conclusion (${concludedOn})`);
  return resolveBy;
}

/** Art. 35: a review (复查) is requested within 30 days of the handling opinion being served. */
export function reviewWindowDeadline(calendar: BusinessCalendar, opinionServedOn: CalendarDate): CalendarDate {
  return addCalendarDays(calendar, opinionServedOn, REVIEW_DAYS);
}

/** Art. 35: the review opinion is issued within 30 days of the request. */
export function reviewAnswerDeadline(calendar: BusinessCalendar, reviewRequestedOn: CalendarDate): CalendarDate {
  return addCalendarDays(calendar, reviewRequestedOn, REVIEW_DAYS);
}

/** Art. 36: a final review (复核) is requested within 30 days of the review opinion being served. */
export function finalReviewWindowDeadline(calendar: BusinessCalendar, reviewOpinionServedOn: CalendarDate): CalendarDate {
  return addCalendarDays(calendar, reviewOpinionServedOn, REVIEW_DAYS);
}

/**
 * Art. 36: the final opinion within 30 days of the request, time spent on hearings not counted.
 * The pause lengthens the one period (30 + pause days, rolled once), like an extension.
 */
export function finalReviewAnswerDeadline(calendar: BusinessCalendar, finalReviewRequestedOn: CalendarDate, hearingPauseDays = 0): CalendarDate {
  if (!Number.isInteger(hearingPauseDays) || hearingPauseDays < 0) throw new RangeError(`hearingPauseDays must be a whole, non-negative number, got ${hearingPauseDays}`);
  return addCalendarDays(calendar, finalReviewRequestedOn, REVIEW_DAYS + hearingPauseDays);
}

/**
 * A hearing's pause: the days from the day it was scheduled to the day its conclusion was recorded
 * (a hearing scheduled on the 1st and concluded on the 5th pauses the clock 4 days). Several
 * hearings during one final review add up; the caller sums them.
 */
export function hearingPauseDays(scheduledOn: CalendarDate, concludedOn: CalendarDate): number {
  const days = daysBetween(scheduledOn, concludedOn);
  if (days < 0) throw new RangeError(`A hearing's conclusion (${concludedOn}) cannot precede its scheduling (${scheduledOn})`);
  return days;
}

/** Practice: the petitioner rates the outcome within 30 days of closure, else it stays unrated. */
export function ratingWindowDeadline(calendar: BusinessCalendar, closedOn: CalendarDate): CalendarDate {
  return addCalendarDays(calendar, closedOn, RATING_WINDOW_DAYS);
}

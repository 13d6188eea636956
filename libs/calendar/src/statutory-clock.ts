/**
 * A statutory clock as derived from a petition's events: what started it, when, its deadline and
 * when it stopped. Clocks are values computed from events, never stored counters.
 */
import { CalendarNotCoveredError, type BusinessCalendar } from './business-calendar.js';
import { daysBetween, type CalendarDate } from './calendar-date.js';
import {
  acceptanceDeadline,
  finalReviewAnswerDeadline,
  finalReviewWindowDeadline,
  handlingDeadline,
  ratingWindowDeadline,
  resolutionPlanDeadline,
  reviewAnswerDeadline,
  reviewWindowDeadline,
  unitObjectionDeadline,
} from './clock-deadlines.js';

export type ClockKind =
  | 'acceptance'
  | 'unit_objection'
  | 'handling'
  | 'resolution_plan'
  | 'review_window'
  | 'review_answer'
  | 'final_review_window'
  | 'final_review_answer'
  | 'rating_window';

/** What started a clock; three kinds need a fact besides the start date. */
export type ClockStart =
  | { readonly kind: Exclude<ClockKind, 'handling' | 'resolution_plan' | 'final_review_answer'>; readonly startedOn: CalendarDate }
  | { readonly kind: 'handling'; readonly startedOn: CalendarDate; readonly extensionDays?: number }
  | { readonly kind: 'resolution_plan'; readonly startedOn: CalendarDate; readonly resolveBy: CalendarDate }
  | { readonly kind: 'final_review_answer'; readonly startedOn: CalendarDate; readonly hearingPauseDays?: number };

/**
 * The deadline, or the first date the calendar could not answer for: the read model shows
 * "calendar not loaded for 2027" on that one clock instead of failing the whole list.
 */
export type ClockDeadline =
  | { readonly deadline: CalendarDate; readonly uncovered?: undefined }
  | { readonly deadline: null; readonly uncovered: CalendarDate };

export type Clock = ClockStart & ClockDeadline & { readonly stoppedOn?: CalendarDate };

/** Never throws for a date outside the calendar; still throws for invalid input. */
export function deadlineFor(calendar: BusinessCalendar, start: ClockStart): ClockDeadline {
  try {
    return { deadline: computeDeadline(calendar, start) };
  } catch (error) {
    if (error instanceof CalendarNotCoveredError) return { deadline: null, uncovered: error.date };
    throw error;
  }
}

/** The clock started by `start`, stopped on `stoppedOn` if it has stopped. */
export function buildClock(calendar: BusinessCalendar, start: ClockStart, stoppedOn?: CalendarDate): Clock {
  if (stoppedOn !== undefined && daysBetween(start.startedOn, stoppedOn) < 0) {
    throw new RangeError(`A ${start.kind} clock cannot stop (${stoppedOn}) before it starts (${start.startedOn})`);
  }
  const clock: Clock = { ...start, ...deadlineFor(calendar, start) };
  return stoppedOn === undefined ? clock : { ...clock, stoppedOn };
}

function computeDeadline(calendar: BusinessCalendar, start: ClockStart): CalendarDate {
  switch (start.kind) {
    case 'acceptance':
      return acceptanceDeadline(calendar, start.startedOn);
    case 'unit_objection':
      return unitObjectionDeadline(calendar, start.startedOn);
    case 'handling':
      return handlingDeadline(calendar, start.startedOn, start.extensionDays);
    case 'resolution_plan':
      return resolutionPlanDeadline(start.startedOn, start.resolveBy);
    case 'review_window':
      return reviewWindowDeadline(calendar, start.startedOn);
    case 'review_answer':
      return reviewAnswerDeadline(calendar, start.startedOn);
    case 'final_review_window':
      return finalReviewWindowDeadline(calendar, start.startedOn);
    case 'final_review_answer':
      return finalReviewAnswerDeadline(calendar, start.startedOn, start.hearingPauseDays);
    case 'rating_window':
      return ratingWindowDeadline(calendar, start.startedOn);
    default:
      return unreachable(start);
  }
}

function unreachable(start: never): never {
  throw new TypeError(`Unknown clock kind ${JSON.stringify(start)}`);
}

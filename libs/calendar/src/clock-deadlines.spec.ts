import { CalendarNotCoveredError } from './business-calendar.js';
import {
  acceptanceDeadline,
  finalReviewAnswerDeadline,
  finalReviewWindowDeadline,
  handlingDeadline,
  hearingPauseDays,
  ratingWindowDeadline,
  resolutionPlanDeadline,
  reviewAnswerDeadline,
  reviewWindowDeadline,
  unitObjectionDeadline,
} from './clock-deadlines.js';
import { createBusinessCalendar } from './official-calendar.js';

const calendar = createBusinessCalendar();

// Expected dates checked by hand against the 2026 schedule in chinese-days.json.
describe('deadline of each clock', () => {
  it('acceptance: 15 days from receipt', () => {
    expect(acceptanceDeadline(calendar, '2026-11-13')).toBe('2026-11-30');
    expect(acceptanceDeadline(calendar, '2026-09-16')).toBe('2026-10-08');
  });

  it('unit objection: 5 working days from forwarding, across National Day', () => {
    expect(unitObjectionDeadline(calendar, '2026-09-29')).toBe('2026-10-12');
  });

  it('review window: 30 days from the opinion served, ending on the make-up Saturday 10-10', () => {
    expect(reviewWindowDeadline(calendar, '2026-09-10')).toBe('2026-10-10');
  });

  it('review answer: 30 days from the request, day 30 being 10-01 rolls to 10-08', () => {
    expect(reviewAnswerDeadline(calendar, '2026-09-01')).toBe('2026-10-08');
  });

  it('final-review window: 30 days from the review opinion, ending on the make-up Saturday 02-14', () => {
    expect(finalReviewWindowDeadline(calendar, '2026-01-15')).toBe('2026-02-14');
  });

  it('rating window: 30 days from closure, up to the last covered day', () => {
    expect(ratingWindowDeadline(calendar, '2026-12-01')).toBe('2026-12-31');
    expect(() => ratingWindowDeadline(calendar, '2026-12-02')).toThrow(CalendarNotCoveredError);
  });
});

describe('handling: 60 days, + one extension of at most 30, rolled once', () => {
  it('is 60 days from acceptance', () => {
    expect(handlingDeadline(calendar, '2026-07-03')).toBe('2026-09-01');
  });

  it('rolls only the final day of 60 + E', () => {
    // Day 60 is Saturday 05-16 (the unextended deadline rolls to Monday 05-18); day 90 is Monday
    // 06-15. Rolling day 60 first and adding 30 would give Wednesday 06-17.
    expect(handlingDeadline(calendar, '2026-03-17')).toBe('2026-05-18');
    expect(handlingDeadline(calendar, '2026-03-17', 30)).toBe('2026-06-15');
  });

  it('rolls an extended deadline falling on National Day past the holiday', () => {
    expect(handlingDeadline(calendar, '2026-07-03', 30)).toBe('2026-10-08');
    expect(handlingDeadline(calendar, '2026-07-03', 10)).toBe('2026-09-11');
  });

  it.each([31, -1, 2.5])('refuses an extension of %p days', (days) => {
    expect(() => handlingDeadline(calendar, '2026-03-17', days)).toThrow(RangeError);
  });

  it('needs 2027 for a clock started today, 2026-11-29', () => {
    expect(() => handlingDeadline(calendar, '2026-11-29')).toThrow(new CalendarNotCoveredError('2027-01-28'));
  });
});

describe('final-review answer: 30 days plus the hearing pause', () => {
  it('counts the days from a hearing being scheduled to its conclusion being recorded', () => {
    expect(hearingPauseDays('2026-03-10', '2026-03-12')).toBe(2);
    expect(hearingPauseDays('2026-03-10', '2026-03-10')).toBe(0);
    expect(hearingPauseDays('2026-02-20', '2026-03-02')).toBe(10);
    expect(() => hearingPauseDays('2026-03-12', '2026-03-10')).toThrow(RangeError);
  });

  it('adds the pause to the period, then rolls once', () => {
    // 30 days from 03-03 is Thursday 04-02; with a 2-day pause day 32 is Saturday 04-04, the start of
    // Qingming (04-04..06), so the deadline is Tuesday 04-07.
    expect(finalReviewAnswerDeadline(calendar, '2026-03-03')).toBe('2026-04-02');
    expect(finalReviewAnswerDeadline(calendar, '2026-03-03', hearingPauseDays('2026-03-10', '2026-03-12'))).toBe('2026-04-07');
  });

  it('refuses a negative pause', () => {
    expect(() => finalReviewAnswerDeadline(calendar, '2026-03-03', -1)).toThrow(RangeError);
  });
});

describe('resolution plan: the resolve-by date as set, never rolled', () => {
  it('keeps a resolve-by date that falls on a holiday', () => {
    expect(resolutionPlanDeadline('2026-09-15', '2026-10-03')).toBe('2026-10-03');
  });

  it('needs no calendar, so a date in 2027 is fine', () => {
    expect(resolutionPlanDeadline('2026-11-29', '2027-03-31')).toBe('2027-03-31');
  });

  it('refuses a resolve-by date before the conclusion, or not a date', () => {
    expect(() => resolutionPlanDeadline('2026-11-29', '2026-11-28')).toThrow(RangeError);
    expect(() => resolutionPlanDeadline('2026-11-29', '2026-11-31')).toThrow(RangeError);
  });
});

import { evaluateClock } from './clock-evaluation.js';
import { createBusinessCalendar } from './official-calendar.js';
import type { ClockLength } from './clock-length.js';
import { buildClock, deadlineFor, type Clock, type ClockStart } from './statutory-clock.js';

const calendar = createBusinessCalendar();
const FIFTEEN_DAYS: ClockLength = { count: 'calendar_days', days: 15 };
const SIXTY_DAYS: ClockLength = { count: 'calendar_days', days: 60, extension: { param: 'extensionDays', max: 30 } };
const FIVE_WORKING_DAYS: ClockLength = { count: 'working_days', days: 5 };

// Received Friday 11-13: day 15 is Saturday 11-28, so the deadline is Monday 2026-11-30.
const acceptance = buildClock(calendar, { startedOn: '2026-11-13', length: FIFTEEN_DAYS });
const stoppedOn = (date: string): Clock => buildClock(calendar, { startedOn: '2026-11-13', length: FIFTEEN_DAYS }, date);

describe('evaluateClock: a running clock', () => {
  it.each([
    ['2026-11-13', 'open', 17],
    ['2026-11-26', 'open', 4],
    ['2026-11-27', 'due_soon', 3],
    ['2026-11-29', 'due_soon', 1],
    ['2026-11-30', 'due_soon', 0],
  ])('as of %s is %s with %i days left', (asOf, state, daysLeft) => {
    expect(evaluateClock(acceptance, asOf)).toEqual({ state, deadline: '2026-11-30', daysLeft });
  });

  it('is overdue from the day after its deadline', () => {
    expect(evaluateClock(acceptance, '2026-12-01')).toEqual({ state: 'overdue', deadline: '2026-11-30', daysOverdue: 1 });
    expect(evaluateClock(acceptance, '2026-12-10')).toEqual({ state: 'overdue', deadline: '2026-11-30', daysOverdue: 10 });
  });

  it('did not exist before it started', () => {
    expect(evaluateClock(acceptance, '2026-11-12')).toEqual({ state: 'not_started' });
  });

  it('takes the due-soon threshold from the caller', () => {
    expect(evaluateClock(acceptance, '2026-11-29', { dueSoonDays: 0 }).state).toBe('open');
    expect(evaluateClock(acceptance, '2026-11-30', { dueSoonDays: 0 }).state).toBe('due_soon');
    expect(evaluateClock(acceptance, '2026-11-22', { dueSoonDays: 7 }).state).toBe('open');
    expect(evaluateClock(acceptance, '2026-11-23', { dueSoonDays: 7 }).state).toBe('due_soon');
    expect(() => evaluateClock(acceptance, '2026-11-23', { dueSoonDays: -1 })).toThrow(RangeError);
  });
});

describe('evaluateClock: a stopped clock', () => {
  it('is met when stopped on the deadline, which ends at 24:00', () => {
    expect(evaluateClock(stoppedOn('2026-11-30'), '2026-12-05')).toEqual({ state: 'met', deadline: '2026-11-30', stoppedOn: '2026-11-30', daysToSpare: 0 });
  });

  it('is met when stopped early, even on the day it started', () => {
    expect(evaluateClock(stoppedOn('2026-11-13'), '2026-11-13')).toMatchObject({ state: 'met', daysToSpare: 17 });
  });

  it('is missed when stopped the day after', () => {
    expect(evaluateClock(stoppedOn('2026-12-01'), '2026-12-01')).toEqual({ state: 'missed', deadline: '2026-11-30', stoppedOn: '2026-12-01', daysLate: 1 });
  });

  it('was still running as of a date before it stopped', () => {
    const late = stoppedOn('2026-12-03');
    expect(evaluateClock(late, '2026-11-30')).toMatchObject({ state: 'due_soon', daysLeft: 0 });
    expect(evaluateClock(late, '2026-12-02')).toMatchObject({ state: 'overdue', daysOverdue: 2 });
    expect(evaluateClock(late, '2026-12-03')).toMatchObject({ state: 'missed', daysLate: 3 });
  });

  it('cannot stop before it started', () => {
    expect(() => stoppedOn('2026-11-12')).toThrow(RangeError);
  });
});

describe('a clock whose deadline the calendar does not cover', () => {
  const startedToday: ClockStart = { startedOn: '2026-11-29', length: SIXTY_DAYS };

  it('says which date is missing instead of throwing', () => {
    const clock = buildClock(calendar, startedToday);
    expect(clock).toEqual({ startedOn: '2026-11-29', deadline: null, uncovered: '2027-01-28' });
    expect(evaluateClock(clock, '2026-12-15')).toEqual({ state: 'uncovered', uncovered: '2027-01-28' });
    expect(evaluateClock(buildClock(calendar, startedToday, '2026-12-20'), '2026-12-31')).toEqual({ state: 'uncovered', uncovered: '2027-01-28' });
  });

  it('lets a list of clocks be evaluated when only some are covered', () => {
    const clocks = [acceptance, buildClock(calendar, startedToday), buildClock(calendar, { startedOn: '2026-12-25', length: FIVE_WORKING_DAYS })];
    expect(clocks.map((clock) => evaluateClock(clock, '2026-11-30').state)).toEqual(['due_soon', 'uncovered', 'not_started']);
    expect(deadlineFor(calendar, { startedOn: '2026-12-25', length: FIVE_WORKING_DAYS })).toEqual({ deadline: null, uncovered: '2027-01-01' });
  });

  it('gets its deadline once an administrator loads 2027', () => {
    // Illustrative entries, not the State Council's published 2027 notice.
    const with2027 = createBusinessCalendar({ extraCoveredYears: [2027], overrides: [{ date: '2027-01-28', kind: 'rest_day', note: 'illustrative' }] });
    const clock = buildClock(with2027, startedToday);
    expect(clock).toMatchObject({ deadline: '2027-01-29' });
    expect(evaluateClock(clock, '2027-01-26')).toEqual({ state: 'due_soon', deadline: '2027-01-29', daysLeft: 3 });
  });

  it('still refuses bad input rather than reporting it as uncovered', () => {
    expect(() => deadlineFor(calendar, { startedOn: '2026-11-29', length: SIXTY_DAYS, params: { extensionDays: 45 } })).toThrow(RangeError);
  });
});

describe('evaluateClock: a right’s window', () => {
  // The petitioner's 30 days to ask for a review, from an opinion served on 2026-09-10: until 10-10.
  const window = buildClock(calendar, { startedOn: '2026-09-10', length: { count: 'calendar_days', days: 30 } });
  const right = { nature: 'right' } as const;

  it('is open, never due soon, up to and on its last day', () => {
    expect(evaluateClock(window, '2026-10-08', right)).toEqual({ state: 'open', deadline: '2026-10-10', daysLeft: 2 });
    expect(evaluateClock(window, '2026-10-10', right)).toEqual({ state: 'open', deadline: '2026-10-10', daysLeft: 0 });
  });

  it('lapses unused the day after, never overdue', () => {
    expect(evaluateClock(window, '2026-10-11', right)).toEqual({ state: 'lapsed', deadline: '2026-10-10' });
  });

  it('is used from the day the right was exercised, never met or missed', () => {
    const used = buildClock(calendar, { startedOn: '2026-09-10', length: { count: 'calendar_days', days: 30 } }, '2026-09-20');
    expect(evaluateClock(used, '2026-09-19', right)).toMatchObject({ state: 'open' });
    expect(evaluateClock(used, '2026-12-01', right)).toEqual({ state: 'used', deadline: '2026-10-10', stoppedOn: '2026-09-20' });
  });
});

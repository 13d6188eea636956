import { buildClock, createBusinessCalendar } from '@xinfang/calendar';
import { clockStart, type CaseClock } from './case-clock.js';
import { CLOCK_CATALOGUE, CLOCK_KINDS, DUTY_CLOCK_KINDS } from './clock-catalogue.js';

const calendar = createBusinessCalendar();
const deadlineOf = (clock: Omit<CaseClock, 'seq'>) => buildClock(calendar, clockStart({ ...clock, seq: 0 } as CaseClock)).deadline;

// Expected dates checked by hand against the 2026 schedule in chinese-days.json.
describe('the deadline of every kind of clock', () => {
  it.each<[Omit<CaseClock, 'seq'>, string]>([
    [{ kind: 'acceptance', startedOn: '2026-09-16', params: {} }, '2026-10-08'],
    // Received Tuesday 09-29: five working days across National Day (10-01..08) end Monday 10-12.
    [{ kind: 'unit_objection', startedOn: '2026-09-29', params: {} }, '2026-10-12'],
    // Received 09-16: day 15 is 10-01, National Day, so the notice is due on the first working day after it, 10-08.
    [{ kind: 'unit_notice', startedOn: '2026-09-16', params: {} }, '2026-10-08'],
    [{ kind: 'unit_notice', startedOn: '2026-11-13', params: {} }, '2026-11-30'],
    // The report-by date the bureau set, kept as set even on a holiday.
    [{ kind: 'completion_report', startedOn: '2026-09-15', params: { reportBy: '2026-10-03' } }, '2026-10-03'],
    [{ kind: 'handling', startedOn: '2026-03-17', params: {} }, '2026-05-18'],
    [{ kind: 'handling', startedOn: '2026-03-17', params: { extensionDays: 30 } }, '2026-06-15'],
    [{ kind: 'resolution_plan', startedOn: '2026-09-15', params: { resolveBy: '2026-10-03' } }, '2026-10-03'],
    [{ kind: 'review_window', startedOn: '2026-09-10', params: {} }, '2026-10-10'],
    [{ kind: 'review_answer', startedOn: '2026-09-01', params: {} }, '2026-10-08'],
    [{ kind: 'final_review_window', startedOn: '2026-01-15', params: {} }, '2026-02-14'],
    [{ kind: 'final_review_answer', startedOn: '2026-03-03', params: { hearingPauseDays: 2 } }, '2026-04-07'],
    [{ kind: 'rating_window', startedOn: '2026-12-01', params: {} }, '2026-12-31'],
  ])('%o ends on %s', (clock, deadline) => {
    expect(deadlineOf(clock)).toBe(deadline);
  });

  it('refuses an extension beyond the 30 days Art. 34 allows', () => {
    expect(() => deadlineOf({ kind: 'handling', startedOn: '2026-03-17', params: { extensionDays: 31 } })).toThrow(RangeError);
  });
});

describe('the catalogue', () => {
  it('names every clock for staff, for the petitioner and in English, with its legal basis', () => {
    for (const kind of CLOCK_KINDS) {
      const { labels, basis } = CLOCK_CATALOGUE[kind];
      expect([labels.short, labels.long, labels.en, basis].every((text) => text.trim().length > 0)).toBe(true);
    }
  });

  it('counts the petitioner’s windows as rights, never as duties that can be overdue', () => {
    expect(DUTY_CLOCK_KINDS).not.toEqual(expect.arrayContaining(['review_window']));
    expect(CLOCK_KINDS.filter((kind) => CLOCK_CATALOGUE[kind].holder === 'petitioner').every((kind) => CLOCK_CATALOGUE[kind].nature === 'right')).toBe(true);
  });
});

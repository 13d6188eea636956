import type { ClockState } from '@xinfang/calendar';
import { CLOCK_KINDS, DUTY_CLOCK_KINDS, everyOf } from '@xinfang/petition';

/** The states a clock can be asked for by (`not_started` is no state of a clock that exists on the day asked). */
export const CLOCK_STATES = everyOf<Exclude<ClockState, 'not_started'>>()(['open', 'due_soon', 'overdue', 'met', 'missed', 'used', 'lapsed', 'uncovered']);
export type ClockStateFilter = (typeof CLOCK_STATES)[number];

const sqlList = (kinds: readonly string[]) => `(${kinds.map((kind) => `'${kind}'`).join(', ')})`;

/** The kinds that are someone's duty (the clock catalogue's), as an SQL list: the only ones that can be overdue. */
export const DUTY_CLOCK_KINDS_SQL = sqlList(DUTY_CLOCK_KINDS);
/** The windows of a right: used or lapsed, never overdue. */
const RIGHT_WINDOW_KINDS_SQL = sqlList(CLOCK_KINDS.filter((kind) => !DUTY_CLOCK_KINDS.includes(kind)));

/**
 * A clock's state as of $asOf, in SQL, matching `evaluateClock` of @xinfang/calendar with the
 * catalogue's nature of each kind: a clock that stops after asOf was still running then; due soon is
 * 0 to N days left; a deadline ends at 24:00 of its date; a clock whose deadline the calendar cannot
 * compute stays "uncovered"; a right's window is open, then used or lapsed.
 */
export function clockStateSql(asOf: string, dueSoonDays: string, alias = 'c'): string {
  const stopped = `${alias}.stopped_on IS NOT NULL AND ${alias}.stopped_on <= ${asOf}`;
  return `CASE
    WHEN ${alias}.deadline IS NULL THEN 'uncovered'
    WHEN ${alias}.kind IN ${RIGHT_WINDOW_KINDS_SQL} THEN CASE WHEN ${stopped} THEN 'used' WHEN ${asOf} > ${alias}.deadline THEN 'lapsed' ELSE 'open' END
    WHEN ${stopped} THEN CASE WHEN ${alias}.stopped_on <= ${alias}.deadline THEN 'met' ELSE 'missed' END
    WHEN ${asOf} > ${alias}.deadline THEN 'overdue'
    WHEN ${alias}.deadline - ${asOf} <= ${dueSoonDays} THEN 'due_soon'
    ELSE 'open' END`;
}

/** A clock not stopped by $asOf (one that stops later was still running then). */
export function clockRunningSql(asOf: string, alias = 'c'): string {
  return `(${alias}.stopped_on IS NULL OR ${alias}.stopped_on > ${asOf})`;
}

/**
 * The rows `clockStateSql` puts in `state`, as a condition on the columns themselves, so that the
 * planner can estimate it and walk an index in deadline order (a filter on the CASE expression
 * looks to it like it keeps almost nothing).
 */
export function clockInStateSql(state: ClockStateFilter, asOf: string, dueSoonDays: string, alias = 'c'): string {
  const running = clockRunningSql(asOf, alias);
  const duty = `${alias}.kind IN ${DUTY_CLOCK_KINDS_SQL}`;
  const right = `${alias}.kind IN ${RIGHT_WINDOW_KINDS_SQL}`;
  switch (state) {
    case 'uncovered':
      return `${alias}.deadline IS NULL`;
    case 'met':
      return `(${duty} AND ${alias}.stopped_on <= ${asOf} AND ${alias}.stopped_on <= ${alias}.deadline)`;
    case 'missed':
      return `(${duty} AND ${alias}.stopped_on <= ${asOf} AND ${alias}.stopped_on > ${alias}.deadline)`;
    case 'overdue':
      // The last term follows from the others; said outright, it lets the planner use the
      // clocks_may_be_overdue index, which leaves out the clocks stopped in time.
      return `(${duty} AND ${alias}.deadline < ${asOf} AND ${running} AND (${alias}.stopped_on IS NULL OR ${alias}.stopped_on > ${alias}.deadline))`;
    case 'due_soon':
      return `(${duty} AND ${alias}.deadline >= ${asOf} AND ${alias}.deadline - ${asOf} <= ${dueSoonDays} AND ${running})`;
    case 'open':
      return `((${duty} AND ${alias}.deadline - ${asOf} > ${dueSoonDays} AND ${running}) OR (${right} AND ${alias}.deadline >= ${asOf} AND ${running}))`;
    case 'used':
      return `(${right} AND ${alias}.deadline IS NOT NULL AND ${alias}.stopped_on <= ${asOf})`;
    case 'lapsed':
      return `(${right} AND ${alias}.deadline < ${asOf} AND ${running})`;
  }
}

/** True for a case (alias `p`) with a duty clock overdue as of `asOf`: started, past its deadline, not stopped by then. */
export function overdueDutyClockSql(asOf: string): string {
  return `EXISTS (SELECT 1 FROM read_model.clocks c WHERE c.petition_id = p.petition_id AND c.kind IN ${DUTY_CLOCK_KINDS_SQL}
            AND c.started_on <= ${asOf} AND c.deadline < ${asOf} AND (c.stopped_on IS NULL OR c.stopped_on > ${asOf}))`;
}

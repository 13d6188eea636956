import { qualified } from '@xinfang/projection-engine';
import { OPEN_STAGES } from './case-rows.js';
import { DUTY_CLOCK_KINDS_SQL } from './clock-state.sql.js';

/**
 * The four-category backlog kept as changes over time, so that "the backlog as of D" is a sum over
 * a few thousand pre-added rows instead of a pass over every case open that day.
 *
 * Each case contributes +1 to a backlog cell (category × claim type × stage × backlog kind × age
 * bucket, and whether a duty clock is overdue) on the day it enters that cell and −1 on the day it leaves it.
 * Everything the cell depends on changes only on known days — the stage periods' bounds, the age
 * buckets' edges (received + 16, 31, 61, 91 days), a bureau clock's first overdue day and the day
 * it stopped — so a case's history splits into segments with one cell each. The sums of those ±1
 * per cell are kept at four levels: per day, per 旬 (dekad: days 1–10, 11–20, 21 to the month's
 * end), per month and per year. The backlog as of D is the years before D's year, the months of its
 * year before its month, the dekads of its month before its dekad and the days of its dekad up to D
 * — at most a year's worth of month rows and ten days' rows, however long the history. Rows that
 * sum to zero are removed, so a replay and the live tables hold the same rows.
 *
 * Kind `*` counts each case once (the per-category totals); a case without kinds counts as `none`,
 * a case not yet decided (no claim type) as `unclassified`.
 */
interface BacklogLevel {
  readonly table: string;
  /** The column holding the first day of the level's period. */
  readonly column: string;
  /** The first day of the period that holds `day`. */
  readonly start: (day: string) => string;
}

/** The first day of the dekad (旬) holding `day`: the 1st, 11th or 21st of its month. */
export function dekadStartSql(day: string): string {
  return `(date_trunc('month', ${day})::date + least((extract(day FROM ${day})::int - 1) / 10, 2) * 10)`;
}

/** Finest first. */
const LEVELS: readonly BacklogLevel[] = [
  { table: 'backlog_changes', column: 'on_date', start: (day) => day },
  { table: 'backlog_dekad_changes', column: 'dekad', start: dekadStartSql },
  { table: 'backlog_month_changes', column: 'month', start: (day) => `date_trunc('month', ${day})::date` },
  { table: 'backlog_year_changes', column: 'year', start: (day) => `date_trunc('year', ${day})::date` },
];

export const BACKLOG_CHANGE_TABLES: readonly string[] = LEVELS.map((level) => level.table);

/** The backlog kind under which each case counts once, for the per-category totals. */
export const CASE_TOTAL = '*';

/** The claim type of a case not yet decided. */
export const UNCLASSIFIED = 'unclassified';

export const AGE_BUCKET_EDGES = [16, 31, 61, 91] as const;

const OPEN_STAGES_SQL = `ARRAY[${OPEN_STAGES.map((stage) => `'${stage}'`).join(', ')}]::text[]`;

/**
 * The changes the given cases' current rows in `schema` make to the backlog, times `sign`, as rows
 * (on_date, category, claim_type, stage, backlog_kind, age_bucket, open, overdue): the cases whose ids are `$1`,
 * or every case.
 */
function contributionsSql(schema: string, sign: 1 | -1, cases: 'given' | 'all'): string {
  const table = (name: string) => qualified(schema, name);
  // A few cases are looked up one by one (OFFSET 0 keeps the lookups apart: a rebuild's fresh
  // tables have no statistics to plan a join by); every case is joined whole.
  const rowsOf = (name: string, alias: string, key: string) =>
    cases === 'given'
      ? `JOIN LATERAL (SELECT * FROM ${table(name)} ${alias} WHERE ${alias}.petition_id = ${key} OFFSET 0) AS ${alias} ON true`
      : `JOIN ${table(name)} ${alias} ON ${alias}.petition_id = ${key}`;
  return `
    WITH cases AS MATERIALIZED (
      SELECT p.petition_id, p.category, coalesce(p.claim_type, '${UNCLASSIFIED}') AS claim_type, p.received_on,
             (CASE WHEN cardinality(p.backlog_kinds) = 0 THEN ARRAY['none'] ELSE p.backlog_kinds END) || ARRAY['${CASE_TOTAL}'] AS kinds
        FROM ${cases === 'given' ? `unnest($1::uuid[]) AS given (id) ${rowsOf('petitions', 'p', 'given.id')}` : `${table('petitions')} p`}
    ),
    bureau_clocks AS MATERIALIZED (
      SELECT cases.petition_id, greatest(c.started_on, c.deadline + 1) AS overdue_from, c.stopped_on
        FROM cases ${rowsOf('clocks', 'c', 'cases.petition_id')}
       WHERE c.kind IN ${DUTY_CLOCK_KINDS_SQL} AND c.deadline IS NOT NULL
    ),
    periods AS MATERIALIZED (
      SELECT cases.petition_id, s.stage, s.from_on, s.to_on FROM cases ${rowsOf('stage_periods', 's', 'cases.petition_id')}
    ),
    edges AS (
      SELECT petition_id, received_on AS day FROM cases
      UNION SELECT petition_id, received_on + edge FROM cases, unnest(ARRAY[${AGE_BUCKET_EDGES.join(', ')}]) AS edge
      UNION SELECT petition_id, from_on FROM periods
      UNION SELECT petition_id, to_on FROM periods WHERE to_on IS NOT NULL
      UNION SELECT petition_id, overdue_from FROM bureau_clocks
      UNION SELECT petition_id, stopped_on FROM bureau_clocks WHERE stopped_on IS NOT NULL
    ),
    overdue_spans AS (
      SELECT petition_id, array_agg(daterange(overdue_from, stopped_on)) AS spans FROM bureau_clocks
       WHERE stopped_on IS NULL OR stopped_on > overdue_from
       GROUP BY petition_id
    ),
    segments AS (
      SELECT petition_id, day AS from_day, lead(day) OVER (PARTITION BY petition_id ORDER BY day) AS to_day FROM edges
    ),
    cells AS (
      SELECT g.from_day, g.to_day, k.category, k.claim_type, s.stage, k.kinds,
             CASE WHEN g.from_day - k.received_on <= 15 THEN '0-15' WHEN g.from_day - k.received_on <= 30 THEN '16-30'
                  WHEN g.from_day - k.received_on <= 60 THEN '31-60' WHEN g.from_day - k.received_on <= 90 THEN '61-90' ELSE '>90' END AS age_bucket,
             coalesce(g.from_day <@ ANY (o.spans), false) AS overdue
        FROM segments g
        JOIN cases k USING (petition_id)
        LEFT JOIN overdue_spans o USING (petition_id)
        JOIN periods s ON s.petition_id = g.petition_id AND s.from_on <= g.from_day AND (s.to_on IS NULL OR s.to_on > g.from_day)
       WHERE g.from_day >= k.received_on AND s.stage = ANY(${OPEN_STAGES_SQL})
    ),
    changes AS (
      SELECT from_day AS on_date, category, claim_type, stage, kinds, age_bucket, overdue, ${sign} AS delta FROM cells
      UNION ALL
      SELECT to_day, category, claim_type, stage, kinds, age_bucket, overdue, ${-sign} FROM cells WHERE to_day IS NOT NULL
    )
    SELECT on_date, category, claim_type, stage, kind AS backlog_kind, age_bucket,
           sum(delta)::int AS open, (sum(delta) FILTER (WHERE overdue))::int AS overdue
      FROM changes CROSS JOIN LATERAL unnest(kinds) AS kind
     GROUP BY on_date, category, claim_type, stage, kind, age_bucket`;
}

/**
 * Adds the cases' contributions (sign 1) or takes them away (sign −1) at every level; the rows
 * this leaves at zero are removed by `dropEmptyBacklogChangesSql`. Run with −1 before a batch
 * rewrites the cases' rows, with 1 after; `$1` is the cases' ids, unless `cases` is 'all'.
 */
export function applyBacklogChangesSql(schema: string, sign: 1 | -1, cases: 'given' | 'all' = 'given'): string {
  const upserts = LEVELS.map(
    (level, index) => `
    level_${index} AS (
      INSERT INTO ${qualified(schema, level.table)} AS t (${level.column}, category, claim_type, stage, backlog_kind, age_bucket, open, overdue)
      SELECT ${level.start('on_date')}, category, claim_type, stage, backlog_kind, age_bucket, sum(open), coalesce(sum(overdue), 0) FROM contributions
       GROUP BY 1, 2, 3, 4, 5, 6
      ON CONFLICT (${level.column}, category, claim_type, stage, backlog_kind, age_bucket)
      DO UPDATE SET open = t.open + EXCLUDED.open, overdue = t.overdue + EXCLUDED.overdue
      RETURNING 1
    )`,
  );
  return `
    WITH contributions AS MATERIALIZED (${contributionsSql(schema, sign, cases)}),${upserts.join(',')}
    SELECT ${LEVELS.map((_, index) => `(SELECT count(*) FROM level_${index})`).join(' + ')} AS changed`;
}

/** Removes the rows a batch left at zero (kept apart: one statement cannot see its own upserts). */
export function dropEmptyBacklogChangesSql(schema: string): string {
  return LEVELS.map((level) => `DELETE FROM ${qualified(schema, level.table)} WHERE open = 0 AND overdue = 0`).join(';\n');
}

/** The backlog's changes computed afresh from every case in `schema` (a rebuild's end, a calendar change). */
export async function recomputeBacklogChanges(tx: { query(sql: string): Promise<unknown> }, schema: string): Promise<void> {
  await tx.query('SET LOCAL jit = off');
  await tx.query(LEVELS.map((level) => `DELETE FROM ${qualified(schema, level.table)}`).join('; '));
  await tx.query(applyBacklogChangesSql(schema, 1, 'all'));
  await tx.query(dropEmptyBacklogChangesSql(schema));
}

/**
 * The changes that make up the backlog as of the date `asOf` (a SQL expression), from the live
 * tables: each level's periods between the next coarser level's period and the date.
 */
export function backlogChangesAsOfSql(asOf: string): string {
  return LEVELS.map((level, index) => {
    const coarser = LEVELS[index + 1];
    const to = index === 0 ? `${level.column} <= ${asOf}` : `${level.column} < ${level.start(asOf)}`;
    const from = coarser ? `${level.column} >= ${coarser.start(asOf)} AND ` : '';
    return `SELECT category, claim_type, stage, backlog_kind, age_bucket, open, overdue FROM read_model.${level.table} WHERE ${from}${to}`;
  }).join('\n UNION ALL\n');
}

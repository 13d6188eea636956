import pg from 'pg';
import { CLOCK_STATES, clockInStateSql, clockStateSql } from '../../apps/api/src/read-models/cases/clock-state.sql.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** The deadlines list filters by state with conditions the planner can use; they must mean the same as the state it shows. */
describe('a clock state as a condition', () => {
  let db: TestDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    // Every deadline and stop around the day asked about, including none of either, of a duty and of a right's window.
    await client.query(`CREATE TABLE clocks AS
      SELECT kind, deadline, stopped_on FROM
        (VALUES ('handling'), ('review_window')) AS kinds (kind),
        (SELECT NULL::date AS deadline UNION ALL SELECT '2026-06-30'::date + d FROM generate_series(-12, 12) AS d) AS deadlines,
        (SELECT NULL::date AS stopped_on UNION ALL SELECT '2026-06-30'::date + d FROM generate_series(-12, 12) AS d) AS stops`);
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  it.each(CLOCK_STATES)('selects exactly the clocks shown as %s', async (state) => {
    const { rows } = await client.query<{ shown: number; selected: number; both: number }>(
      `SELECT count(*) FILTER (WHERE shown)::int AS shown, count(*) FILTER (WHERE selected)::int AS selected, count(*) FILTER (WHERE shown AND selected)::int AS both
         FROM (SELECT ${clockStateSql('$1::date', '$2::int')} = $3 AS shown, coalesce(${clockInStateSql(state, '$1::date', '$2::int')}, false) AS selected FROM clocks c) AS judged`,
      ['2026-06-30', 3, state],
    );
    expect(rows[0]!.shown).toBeGreaterThan(0);
    expect(rows[0]).toEqual({ shown: rows[0]!.shown, selected: rows[0]!.shown, both: rows[0]!.shown });
  });
});

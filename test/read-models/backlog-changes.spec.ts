import type { EventStore } from '@xinfang/event-store';
import { formatLogPosition } from '@xinfang/event-store';
import { projectBatch, type Projection, qualified, READ_MODEL_SCHEMA, rebuildProjection, replayCheck } from '@xinfang/projection-engine';
import { CalendarService } from '../../apps/api/src/calendar/calendar.service.js';
import { appendSyntheticCases } from '../../apps/api/src/cli/synthetic-cases.js';
import { PetitionEventCodec } from '../../apps/api/src/event-codec/petition-event-codec.js';
import { EVENT_STORE } from '../../apps/api/src/event-store/event-store.token.js';
import { ProjectorService } from '../../apps/api/src/projections/projector.service.js';
import { PROJECTIONS } from '../../apps/api/src/projections/projections.token.js';
import { OPEN_STAGES } from '../../apps/api/src/read-models/cases/case-rows.js';
import { BACKLOG_CHANGE_TABLES } from '../../apps/api/src/read-models/cases/backlog-changes.sql.js';
import { ClockRecalculation } from '../../apps/api/src/read-models/cases/clock-recalculation.js';
import { overdueDutyClockSql } from '../../apps/api/src/read-models/cases/clock-state.sql.js';
import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

/**
 * GET /backlog reads pre-added changes; this compares it, day after day, with the backlog counted
 * straight from the case tables by the definition (the query it replaced), after live batches, a
 * rebuild whose batches cut cases in pieces, reclassifications and a calendar change.
 */
describe('the backlog kept as changes', () => {
  let t: TestApp;
  let store: EventStore;
  let clerk: string;

  beforeAll(async () => {
    t = await startTestApp();
    store = t.app.get<EventStore>(EVENT_STORE);
    clerk = await t.token('clerk');
    await appendSyntheticCases(store, t.app.get(PetitionEventCodec), t.app.get(CalendarService).current(), { count: 150, concurrency: 4 });
    // Live cases whose later steps come in later batches, reaching into 2027 (not yet covered).
    for (const [index, receivedAt] of ['2026-10-12', '2026-11-02', '2026-11-23'].entries()) {
      const registered = await t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).send(validPetition({ receivedAt, category: 'agriculture_rural', petitioners: [{ name: `新${index}` }] }));
      expect(registered.status).toBe(201);
      if (index === 2) continue;
      const accepted = await t.http.post(`/petitions/${registered.body.id}/acceptance`).set('Authorization', `Bearer ${clerk}`).send({ decision: 'accepted', handlingUnit: '县农业农村局', decidedAt: receivedAt });
      expect(accepted.status).toBe(200);
    }
    await caughtUp();
  }, 60_000);
  afterAll(async () => t.close());

  async function caughtUp(): Promise<void> {
    const head = await store.headPosition();
    if (head) await t.app.get(ProjectorService).waitFor(formatLogPosition(head));
  }

  /** The backlog by its definition: every case open that day, by the stage it was in then. */
  async function backlogByDefinition(asOf: string): Promise<unknown> {
    const { rows } = await t.sql.query(
      `WITH open_then AS MATERIALIZED (
         SELECT p.petition_id, p.category, coalesce(p.claim_type, 'unclassified') AS claim_type, s.stage, p.backlog_kinds,
                CASE WHEN $1::date - p.received_on <= 15 THEN '0-15' WHEN $1::date - p.received_on <= 30 THEN '16-30'
                     WHEN $1::date - p.received_on <= 60 THEN '31-60' WHEN $1::date - p.received_on <= 90 THEN '61-90' ELSE '>90' END AS age_bucket,
                ${overdueDutyClockSql('$1::date')} AS overdue
           FROM read_model.stage_periods s JOIN read_model.petitions p USING (petition_id)
          WHERE s.from_on <= $1::date AND (s.to_on IS NULL OR s.to_on > $1::date) AND s.stage = ANY($2::text[]) AND p.received_on <= $1::date
       )
       SELECT 1 AS kind_set, category, claim_type, stage, kind AS backlog_kind, age_bucket, count(*)::int AS open, (count(*) FILTER (WHERE overdue))::int AS overdue
         FROM open_then CROSS JOIN LATERAL unnest(CASE WHEN cardinality(backlog_kinds) = 0 THEN ARRAY['none'] ELSE backlog_kinds END) AS kind
        GROUP BY category, claim_type, stage, kind, age_bucket
       UNION ALL
       SELECT 0, category, NULL, NULL, NULL, NULL, count(*)::int, (count(*) FILTER (WHERE overdue))::int FROM open_then GROUP BY category
       UNION ALL
       SELECT 2, NULL, claim_type, NULL, NULL, NULL, count(*)::int, (count(*) FILTER (WHERE overdue))::int FROM open_then GROUP BY claim_type
       ORDER BY 1, 2, 3, 4, 5, 6`,
      [asOf, OPEN_STAGES],
    );
    const totals = rows.filter((row) => row.kind_set === 0);
    return {
      asOf,
      totals: {
        open: totals.reduce((sum, row) => sum + row.open, 0),
        overdue: totals.reduce((sum, row) => sum + row.overdue, 0),
        byCategory: Object.fromEntries(totals.map((row) => [row.category, { open: row.open, overdue: row.overdue }])),
        byClaimType: Object.fromEntries(rows.filter((row) => row.kind_set === 2).map((row) => [row.claim_type, { open: row.open, overdue: row.overdue }])),
      },
      cells: rows
        .filter((row) => row.kind_set === 1)
        .map((row) => ({ category: row.category, claimType: row.claim_type, stage: row.stage, backlogKind: row.backlog_kind, ageBucket: row.age_bucket, open: row.open, overdue: row.overdue })),
    };
  }

  /** Every `step`-th day from 2025-12-20 to 2027-03-31, where the answers differ, and how many days had open cases. */
  async function compareDays(step: number): Promise<{ mismatches: unknown[]; daysWithCases: number }> {
    const mismatches: unknown[] = [];
    let daysWithCases = 0;
    for (let day = Date.UTC(2025, 11, 20); day <= Date.UTC(2027, 2, 31); day += step * 86_400_000) {
      const asOf = new Date(day).toISOString().slice(0, 10);
      const served = await t.http.get('/backlog').query({ asOf }).set('Authorization', `Bearer ${clerk}`);
      expect(served.status).toBe(200);
      const expected = await backlogByDefinition(asOf);
      if (JSON.stringify(served.body) !== JSON.stringify(expected)) mismatches.push({ asOf, served: served.body, expected });
      if (served.body.totals.open > 0) daysWithCases++;
    }
    return { mismatches: mismatches.slice(0, 2), daysWithCases };
  }

  it('answers, for every day, what counting the open cases that day answers', async () => {
    const { mismatches, daysWithCases } = await compareDays(1);
    expect(mismatches).toEqual([]);
    expect(daysWithCases).toBeGreaterThan(300);
    const midYear = (await t.http.get('/backlog').query({ asOf: '2026-06-30' }).set('Authorization', `Bearer ${clerk}`)).body;
    expect(midYear.totals.open).toBeGreaterThan(20);
    expect(midYear.totals.overdue).toBeGreaterThan(0);
  }, 60_000);

  it('follows reclassifications, including back in time, a rebuild, and batches that cut cases in pieces', async () => {
    const { body: page } = await t.http.get('/petitions').query({ stage: 'accepted', limit: 3 }).set('Authorization', `Bearer ${clerk}`);
    expect(page.items.length).toBe(3);
    for (const [index, item] of page.items.entries()) {
      const current = await t.http.get(`/petitions/${item.petitionId}`).set('Authorization', `Bearer ${clerk}`);
      const kinds = current.body.petition.backlogKinds.length > 0 ? [] : ['long_standing'];
      const body = index === 0 ? { category: 'law_litigation', reason: '属涉法涉诉' } : { backlogKinds: index === 1 ? ['four_level', 'repeat'] : kinds, reason: '重新认定' };
      const changed = await t.http.post(`/petitions/${item.petitionId}/reclassification`).set('Authorization', `Bearer ${clerk}`).set('If-Match', current.headers.etag!).send(body);
      expect({ status: changed.status, body: changed.status === 200 ? undefined : changed.body }).toEqual({ status: 200, body: undefined });
    }
    await caughtUp();
    expect((await compareDays(3)).mismatches).toEqual([]);

    const cases = t.app.get<Projection[]>(PROJECTIONS).find((projection) => projection.name === 'cases')!;
    // A rebuild computes the changes once at the end of its bulk batches.
    await rebuildProjection(t.sql, store, cases, { batchSize: 50 });
    expect((await compareDays(3)).mismatches).toEqual([]);
    expect((await replayCheck(t.sql, store, cases)).differences).toEqual([]);

    // Live batches of five events, each case's history in pieces: every piece takes the case's
    // old contributions out and puts the new ones in, ending in the same rows.
    await t.sql.query('CREATE SCHEMA pieces');
    for (const table of cases.tables) await t.sql.query(`CREATE TABLE ${qualified('pieces', table)} (LIKE ${qualified(READ_MODEL_SCHEMA, table)} INCLUDING ALL)`);
    while ((await projectBatch(t.sql, store, cases, 'pieces', { batchSize: 5 })).kind === 'applied');
    for (const table of BACKLOG_CHANGE_TABLES) {
      const { rows } = await t.sql.query(
        `SELECT count(*)::int AS n, (SELECT count(*)::int FROM ${qualified('pieces', table)}) AS pieces FROM ((TABLE ${qualified(READ_MODEL_SCHEMA, table)} EXCEPT TABLE ${qualified('pieces', table)})
           UNION ALL (TABLE ${qualified('pieces', table)} EXCEPT TABLE ${qualified(READ_MODEL_SCHEMA, table)})) AS differing`,
      );
      expect({ table, differing: rows[0].n, empty: rows[0].pieces === 0 }).toEqual({ table, differing: 0, empty: false });
    }
  }, 120_000);

  it('moves with the clocks when the calendar changes', async () => {
    const before = (await t.http.get('/backlog').query({ asOf: '2027-03-15' }).set('Authorization', `Bearer ${clerk}`)).body;
    const admin = await t.token('admin');
    expect((await t.http.put('/calendar/covered-years/2027').set('Authorization', `Bearer ${admin}`)).status).toBe(204);
    await t.app.get(ClockRecalculation).settled();
    const after = (await t.http.get('/backlog').query({ asOf: '2027-03-15' }).set('Authorization', `Bearer ${clerk}`)).body;
    // Deadlines in 2027 were uncovered (never overdue); now they are computed, and some have passed.
    expect(after.totals.overdue).toBeGreaterThan(before.totals.overdue);
    expect((await compareDays(7)).mismatches).toEqual([]);
  }, 60_000);
});

import type { EventStore } from '@xinfang/event-store';
import { type Projection, qualified, READ_MODEL_SCHEMA, rebuildProjection, rebuildProjections, replayCheck } from '@xinfang/projection-engine';
import { EVENT_STORE } from '../../apps/api/src/event-store/event-store.token.js';
import { ProjectorService } from '../../apps/api/src/projections/projector.service.js';
import { PROJECTION_NAMES } from '../../apps/api/src/read-models/all-projections.js';
import { PROJECTIONS } from '../../apps/api/src/projections/projections.token.js';
import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

describe('the case projection: same events twice, rebuild and replay check', () => {
  let t: TestApp;
  let projection: Projection;
  let store: EventStore;

  beforeAll(async () => {
    t = await startTestApp();
    projection = t.app.get<Projection[]>(PROJECTIONS)[0]!;
    store = t.app.get<EventStore>(EVENT_STORE);
    const clerk = await t.token('clerk');
    let position = '';
    for (const [index, category] of (['housing_construction', 'labour_social_security', 'agriculture_rural', 'law_litigation'] as const).entries()) {
      const registered = await t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).send(validPetition({ category, receivedAt: `2026-0${index + 3}-02` }));
      const decided = await t.http.post(`/petitions/${registered.body.id}/acceptance`).set('Authorization', `Bearer ${clerk}`).send(
        category === 'law_litigation' ? { decision: 'diverted', toOrgan: '县人民法院' } : { decision: 'accepted', handlingUnit: '县信访局' },
      );
      position = decided.body.position;
    }
    await t.app.get(ProjectorService).waitFor(position);
  });
  afterAll(async () => t.close());

  async function differingRows(schema: string): Promise<number> {
    let differing = 0;
    for (const table of projection.tables) {
      const { rows } = await t.sql.query<{ n: string }>(
        `SELECT count(*)::text AS n FROM ((SELECT * FROM ${qualified(READ_MODEL_SCHEMA, table)} EXCEPT ALL SELECT * FROM ${qualified(schema, table)})
           UNION ALL (SELECT * FROM ${qualified(schema, table)} EXCEPT ALL SELECT * FROM ${qualified(READ_MODEL_SCHEMA, table)})) d`,
      );
      differing += Number(rows[0]!.n);
    }
    return differing;
  }

  it('ends in the same rows when fed the same events twice', async () => {
    await t.sql.query('DROP SCHEMA IF EXISTS fed_twice CASCADE; CREATE SCHEMA fed_twice');
    for (const table of projection.tables) await t.sql.query(`CREATE TABLE ${qualified('fed_twice', table)} (LIKE ${qualified(READ_MODEL_SCHEMA, table)} INCLUDING ALL)`);
    const events = (await store.readAll(null, 10_000)).filter((event) => event.streamId.startsWith('petition-'));
    const client = await t.sql.connect();
    try {
      await projection.apply(events, client, 'fed_twice');
      await projection.apply(events, client, 'fed_twice');
      await projection.apply(events.slice(3), client, 'fed_twice');
    } finally {
      client.release();
    }
    const { rows } = await t.sql.query<{ n: string }>('SELECT count(*)::text AS n FROM fed_twice.petitions');
    expect(Number(rows[0]!.n)).toBe(4);
    expect(await differingRows('fed_twice')).toBe(0);
  });

  it('finds nothing to report on a healthy system, and names a table someone edited', async () => {
    const healthy = await replayCheck(t.sql, store, projection);
    expect(healthy.differences).toEqual([]);
    expect(healthy.tables.find((table) => table.table === 'petitions')?.rows).toBe(4);

    await t.sql.query(`UPDATE read_model.petitions SET stage = 'closed' WHERE category = 'labour_social_security'`);
    const edited = await replayCheck(t.sql, store, projection);
    expect(edited.differences).toEqual([expect.objectContaining({ table: 'petitions', onlyLive: 1, onlyReplayed: 1 })]);
  });

  it('rebuilds the read models from the first event and swaps them in, mending the edit', async () => {
    const indexesOf = async () => (await t.sql.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'read_model' AND tablename IN ('petitions', 'clocks') ORDER BY 1`)).rows;
    const indexesBefore = await indexesOf();
    const result = await rebuildProjection(t.sql, store, projection);
    expect(await indexesOf()).toEqual(indexesBefore);
    expect(indexesBefore).toContainEqual({ indexname: 'petitions_pkey' });
    expect(result.eventsRead).toBeGreaterThanOrEqual(8);
    const { rows } = await t.sql.query(`SELECT stage FROM read_model.petitions WHERE category = 'labour_social_security'`);
    expect(rows).toEqual([{ stage: 'accepted' }]);
    expect((await replayCheck(t.sql, store, projection)).differences).toEqual([]);
  });

  it('rebuilds every read model side by side, each ending equal to a replay', async () => {
    const all = t.app.get<Projection[]>(PROJECTIONS);
    const results = await rebuildProjections(t.sql, store, all);
    expect(results.map((result) => result.projection)).toEqual(PROJECTION_NAMES);
    for (const one of all) expect({ projection: one.name, differences: (await replayCheck(t.sql, store, one)).differences }).toEqual({ projection: one.name, differences: [] });
  });
});

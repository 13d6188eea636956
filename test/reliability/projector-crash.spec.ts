import { createPostgresEventStore, type PostgresEventStore } from '@xinfang/event-store-postgres';
import { type Projection, READ_MODEL_SCHEMA, replayCheck } from '@xinfang/projection-engine';
import pg from 'pg';
import { openOfflineServices, type OfflineServices } from '../../apps/api/src/cli/offline-services.js';
import { appendSyntheticCases } from '../../apps/api/src/cli/synthetic-cases.js';
import { migrateDatabase } from '../../apps/api/src/database/migrate-database.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { type Child, eventually, spawnTypeScript } from './support/processes.js';

const MASTER_KEY = Buffer.alloc(32, 7);
const APPLICATION_NAME = 'xf_projector_crash_test';
const CASES = 300;

/**
 * The case projection in a child process, killed with SIGKILL while a batch's transaction is
 * open, then restarted: the batch in flight leaves no trace, the next run resumes from the
 * checkpoint, and the read models end equal to a replay from the first event, every event applied once.
 */
describe('a projector killed in the middle of a batch', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let store: PostgresEventStore;
  let services: OfflineServices;
  let projection: Projection;
  let petitionEvents: number;

  beforeAll(async () => {
    db = await createTestDatabase();
    await migrateDatabase(db.url);
    pool = new pg.Pool({ connectionString: db.url, max: 4 });
    store = await createPostgresEventStore({ connectionString: db.url, migrate: false, poolSize: 4 });
    services = await openOfflineServices(db.url, MASTER_KEY);
    projection = services.projections.find((candidate) => candidate.name === 'cases')!;
    petitionEvents = (await appendSyntheticCases(store, services.codec, services.calendar, { count: CASES, concurrency: 4 })).events;
  }, 60_000);

  afterAll(async () => {
    await services?.close();
    await store?.close();
    await pool?.end();
    await db?.drop();
  });

  const startProjector = (env: Record<string, string>): Child => {
    const url = new URL(db.url);
    url.searchParams.set('application_name', APPLICATION_NAME);
    return spawnTypeScript('test/reliability/support/projector-process.ts', { DATABASE_URL: url.toString(), PII_MASTER_KEY: MASTER_KEY.toString('base64'), ...env });
  };

  /** The checkpoint, and what the read model holds: every case's version is the number of its events applied. */
  async function progress() {
    const { rows } = await pool.query<{ applied: string; commit: string | null; prepare: string | null; cases: string; versions: string | null }>(
      `SELECT c.events_applied::text AS applied, c.position_commit::text AS commit, c.position_prepare::text AS prepare,
              (SELECT count(*) FROM read_model.case_states)::text AS cases, (SELECT sum(version) FROM read_model.case_states)::text AS versions
         FROM projection.checkpoints c WHERE c.projection = 'cases' AND c.target_schema = $1`,
      [READ_MODEL_SCHEMA],
    );
    const row = rows[0];
    if (!row) return { applied: 0, eventsUpToCheckpoint: 0, cases: 0, versions: 0 };
    const upTo = row.commit === null
      ? 0
      : Number((await pool.query<{ n: string }>(`SELECT count(*)::text AS n FROM event_store.events WHERE stream_id LIKE 'petition-%' AND (transaction_id, position) <= ($1::text::xid8, $2::bigint)`, [row.commit, row.prepare])).rows[0]!.n);
    return { applied: Number(row.applied), eventsUpToCheckpoint: upTo, cases: Number(row.cases), versions: Number(row.versions ?? 0) };
  }

  /** The child's connection holding a batch applied but not checkpointed, once at least one batch has committed. */
  async function batchInFlight(): Promise<number | undefined> {
    if ((await progress()).applied === 0) return undefined;
    const { rows } = await pool.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
        WHERE application_name = $1 AND datname = current_database() AND state = 'idle in transaction' AND query LIKE '%batch applied, checkpoint not moved yet%'`,
      [APPLICATION_NAME],
    );
    return rows[0]?.pid;
  }

  async function killMidBatch(child: Child): Promise<void> {
    const backend = await eventually('a batch of the child in flight', batchInFlight, 30_000, 10);
    child.process.kill('SIGKILL');
    expect(await child.exited()).toEqual({ code: null, signal: 'SIGKILL' });
    await eventually('the server to notice the killed projector', async () => {
      const { rowCount } = await pool.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [backend]);
      return rowCount === 0;
    });
  }

  it('rolls back the batch in flight, resumes from the checkpoint, and ends equal to a replay', async () => {
    for (let kill = 0; kill < 2; kill++) {
      await killMidBatch(startProjector({ PROJECTOR_BATCH_SIZE: '40', PROJECTOR_HOLD_MS: '200' }));
      const afterKill = await progress();
      expect(afterKill.applied).toBeLessThan(petitionEvents);
      // Nothing of the killed batch survives: the rows hold exactly the events the checkpoint counts.
      expect(afterKill).toMatchObject({ applied: afterKill.eventsUpToCheckpoint, versions: afterKill.eventsUpToCheckpoint });
    }

    const last = startProjector({ PROJECTOR_BATCH_SIZE: '500' });
    const head = await store.headPosition();
    await eventually('the restarted projector to reach the head', async () => {
      const { rows } = await pool.query<{ commit: string | null; prepare: string | null }>(
        `SELECT position_commit::text AS commit, position_prepare::text AS prepare FROM projection.checkpoints WHERE projection = 'cases' AND target_schema = $1`,
        [READ_MODEL_SCHEMA],
      );
      return rows[0]?.commit === head!.commit.toString() && rows[0]?.prepare === head!.prepare.toString();
    });
    last.process.kill('SIGTERM');
    expect(await last.exited()).toEqual({ code: 0, signal: null });
    expect(last.output()).not.toContain('failed a batch');

    expect(await progress()).toEqual({ applied: petitionEvents, eventsUpToCheckpoint: petitionEvents, cases: CASES, versions: petitionEvents });
    const replay = await replayCheck(pool, store, projection);
    expect(replay.differences).toEqual([]);
    expect(replay.eventsReplayed).toBe(petitionEvents);
    expect(replay.tables.find((table) => table.table === 'petitions')?.rows).toBe(CASES);
  }, 90_000);
});

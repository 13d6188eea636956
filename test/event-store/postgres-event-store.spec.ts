import pg from 'pg';
import {
  canonicalEventBody,
  computeEventHash,
  DuplicateEventIdError,
  EventStoreUnavailableError,
  verifyHashChain,
  type ExpectedVersion,
  type NewEvent,
} from '@xinfang/event-store';
import { createPostgresEventStore, EVENT_STORE_SCHEMA_STEPS, EVENT_STORE_SQLSTATE, migrateEventStore, PostgresEventStore } from '@xinfang/event-store-postgres';
import { describeEventStoreContract, newStreamId, sampleEvent, sampleMetadata } from '../../libs/event-store/src/testing/index.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

describeEventStoreContract('PostgreSQL', async () => {
  const store = await createPostgresEventStore({ connectionString: db.url });
  return { store, dispose: () => store.close() };
});

describe('PostgreSQL event store', () => {
  let store: PostgresEventStore;
  let sql: pg.Client;
  beforeAll(async () => {
    store = await createPostgresEventStore({ connectionString: db.url });
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await store.close();
    await sql.end();
  });

  it('migrates a database once, however many processes try at the same time', async () => {
    const fresh = await createTestDatabase();
    const freshPool = new pg.Pool({ connectionString: fresh.url, max: 6 });
    // pool.end() resolves before its sockets close; the forced DROP DATABASE may still reach one.
    freshPool.on('error', () => undefined);
    try {
      const applied = await Promise.all([1, 2, 3].map(() => migrateEventStore(freshPool)));
      const versions = EVENT_STORE_SCHEMA_STEPS.map((step) => step.version);
      expect(applied.flat().sort()).toEqual(versions);
      expect(await migrateEventStore(freshPool)).toEqual([]);
      const { rows } = await freshPool.query<{ version: number }>('SELECT version FROM event_store.schema_version ORDER BY version');
      expect(rows.map((row) => row.version)).toEqual(versions);
      expect(await new PostgresEventStore(freshPool).headPosition()).toBeNull();
    } finally {
      await freshPool.end();
      await fresh.drop();
    }
  });

  it.each([
    ['UPDATE', "UPDATE event_store.events SET type = 'Forged'"],
    ['DELETE', 'DELETE FROM event_store.events'],
    ['TRUNCATE', 'TRUNCATE event_store.events'],
  ])('refuses %s of stored events', async (operation, statement) => {
    const streamId = newStreamId('append-only');
    await store.appendToStream(streamId, [sampleEvent()]);

    await expect(sql.query(statement)).rejects.toMatchObject({
      code: EVENT_STORE_SQLSTATE.appendOnly,
      message: `event_store.events is append-only: ${operation} refused`,
    });
    expect(await store.readStream(streamId)).toHaveLength(1);
  });

  it('computes in SQL the same hashes as computeEventHash', async () => {
    const streamId = newStreamId('hash');
    const events: NewEvent[] = [
      sampleEvent({ data: { 标题: '噪音扰民', 细节: { 时间: ['22:00', '06:00'], 分贝: 85.5, 夜间: true } } }),
      sampleEvent({ type: 'PetitionAccepted', data: { 受理单位: '市住建局', 期限: { 天数: 15, 工作日: true } } }),
      sampleEvent({ data: { z: 1, a: { y: [{ b: 2, a: 1 }], x: null } }, metadata: { ...sampleMetadata, 来源: '信访网站' } }),
    ];
    await store.appendToStream(streamId, events, { expectedVersion: 'no_stream' });

    const stored = await store.readStream(streamId);
    let previous: string | null = null;
    events.forEach((event, index) => {
      const expected = computeEventHash(previous, BigInt(index), canonicalEventBody(event));
      expect(stored[index]?.hash).toBe(expected);
      previous = expected;
    });
    expect(verifyHashChain(stored)).toMatchObject({ intact: true, eventsChecked: 3 });
  });

  it.each<[string, ExpectedVersion]>([
    ['any', 'any'],
    ['an exact version', 0n],
  ])('answers a retry racing its still-open original with the original result (%s)', async (_, expectedVersion) => {
    const streamId = newStreamId('in-flight');
    await store.appendToStream(streamId, [sampleEvent()], { expectedVersion: 'no_stream' });
    const event = sampleEvent();
    const original = new pg.Client({ connectionString: db.url });
    await original.connect();
    try {
      await original.query('BEGIN');
      const { rows } = await original.query<{ version: string; position: string }>(
        'SELECT last_version::text AS version, last_position::text AS position FROM event_store.append_to_stream($1, $2, $3, $4, $5)',
        [streamId, typeof expectedVersion === 'bigint' ? 'exact' : expectedVersion, typeof expectedVersion === 'bigint' ? '0' : null, [event.id], [canonicalEventBody(event)]],
      );
      const retry = store.appendToStream(streamId, [event], { expectedVersion });
      await new Promise((resolve) => setTimeout(resolve, 100));
      await original.query('COMMIT');

      const result = await retry;
      expect(result.nextExpectedVersion).toBe(1n);
      expect(result.position.prepare).toBe(BigInt(rows[0]!.position));
      expect(await store.readStream(streamId)).toHaveLength(2);
    } finally {
      await original.end();
    }
  });

  it('refuses a batch that repeats an id, storing none of it', async () => {
    const streamId = newStreamId('duplicate');
    const event = sampleEvent();
    await expect(store.appendToStream(streamId, [event, sampleEvent(), event])).rejects.toMatchObject(
      new DuplicateEventIdError(streamId, [event.id]),
    );
    expect(await store.readStream(streamId)).toEqual([]);
  });

  it('reports a server it cannot reach as unavailable', async () => {
    const unreachable = new PostgresEventStore(
      new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 1_000 }),
      { ownsPool: true },
    );
    try {
      await expect(unreachable.appendToStream(newStreamId('down'), [sampleEvent()])).rejects.toBeInstanceOf(EventStoreUnavailableError);
      await expect(unreachable.readAll(null, 10)).rejects.toBeInstanceOf(EventStoreUnavailableError);
      await expect(unreachable.headPosition()).rejects.toBeInstanceOf(EventStoreUnavailableError);
    } finally {
      await unreachable.close();
    }
    await expect(createPostgresEventStore({ connectionString: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 1_000 }))
      .rejects.toBeInstanceOf(EventStoreUnavailableError);
  });
});

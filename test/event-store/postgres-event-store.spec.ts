import pg from 'pg';
import {
  canonicalEventBody,
  computeEventHash,
  DuplicateEventIdError,
  EventStoreUnavailableError,
  verifyHashChain,
  type NewEvent,
} from '@xinfang/event-store';
import { createPostgresEventStore, EVENT_STORE_SQLSTATE, migrateEventStore, PostgresEventStore } from '@xinfang/event-store-postgres';
import { describeEventStoreContract } from '../../libs/event-store/src/testing/index.js';
import { newStreamId, sampleEvent, sampleMetadata } from '../../libs/event-store/src/testing/contract-fixtures.js';
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
  let pool: pg.Pool;
  beforeAll(async () => {
    store = await createPostgresEventStore({ connectionString: db.url });
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
  });
  afterAll(async () => {
    await store.close();
    await pool.end();
  });

  it('migrates a database once, however many processes try at the same time', async () => {
    const fresh = await createTestDatabase();
    const freshPool = new pg.Pool({ connectionString: fresh.url, max: 6 });
    try {
      const applied = await Promise.all([1, 2, 3].map(() => migrateEventStore(freshPool)));
      expect(applied.flat().sort()).toEqual([1, 2]);
      expect(await migrateEventStore(freshPool)).toEqual([]);
      const { rows } = await freshPool.query('SELECT version FROM event_store.schema_version ORDER BY version');
      expect(rows).toEqual([{ version: 1 }, { version: 2 }]);
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
  ])('refuses %s of stored events', async (operation, sql) => {
    const streamId = newStreamId('append-only');
    await store.appendToStream(streamId, [sampleEvent()]);

    await expect(pool.query(sql)).rejects.toMatchObject({
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

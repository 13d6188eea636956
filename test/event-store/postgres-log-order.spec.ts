import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { canonicalEventBody, compareLogPositions, type LogPosition, type RecordedEvent } from '@xinfang/event-store';
import { createPostgresEventStore, type PostgresEventStore } from '@xinfang/event-store-postgres';
import { caughtUp, readAllWithPrefix, sampleEvent } from '../../libs/event-store/src/testing/index.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('PostgreSQL readAll under concurrent commits', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let inspector: pg.Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    store = await createPostgresEventStore({ connectionString: db.url, poolSize: 12 });
    inspector = new pg.Client({ connectionString: db.url });
    await inspector.connect();
  });
  afterAll(async () => {
    await inspector.end();
    await store.close();
    await db.drop();
  });

  it('does not let a reader checkpoint past an event a slower transaction has yet to commit', async () => {
    const prefix = `gap-${randomUUID()}-`;
    const first = await store.appendToStream(`${prefix}early`, [sampleEvent()]);
    await caughtUp(store, first.position);
    const [early] = await store.readAll(null, 1, { streamPrefix: prefix });
    const checkpoint = early!.position;

    const slowWriter = new pg.Client({ connectionString: db.url });
    await slowWriter.connect();
    try {
      const slow = sampleEvent();
      await slowWriter.query('BEGIN');
      await slowWriter.query('SELECT * FROM event_store.append_to_stream($1, $2, NULL, $3, $4)', [
        `${prefix}slow`, 'any', [slow.id], [canonicalEventBody(slow)],
      ]);
      const fast = [sampleEvent(), sampleEvent()];
      await store.appendToStream(`${prefix}fast-1`, [fast[0]!]);
      const lastFast = await store.appendToStream(`${prefix}fast-2`, [fast[1]!]);

      const byPositionAlone = await inspector.query<{ id: string }>(
        'SELECT event_id::text AS id FROM event_store.events WHERE stream_id LIKE $1 AND position > $2 ORDER BY position',
        [`${prefix}%`, checkpoint.prepare.toString()],
      );
      expect(byPositionAlone.rows.map((row) => row.id)).toEqual(fast.map((event) => event.id));
      expect(await store.readAll(checkpoint, 100, { streamPrefix: prefix })).toEqual([]);

      await slowWriter.query('COMMIT');
      await caughtUp(store, lastFast.position);
      const after = await readAllWithPrefix(store, prefix, checkpoint);
      expect(after.map((event) => event.id)).toEqual([slow.id, ...fast.map((event) => event.id)]);
    } finally {
      await slowWriter.end();
    }
  });

  it('is not held back by a transaction open in another database', async () => {
    const elsewhere = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await elsewhere.connect();
    try {
      await elsewhere.query('BEGIN');
      await elsewhere.query('SELECT pg_current_xact_id()');
      const { position } = await store.appendToStream(`other-db-${randomUUID()}`, [sampleEvent()]);
      expect(await store.headPosition()).toEqual(position);
    } finally {
      await elsewhere.query('ROLLBACK');
      await elsewhere.end();
    }
  });

  it('gives a polling reader every event exactly once while many writers append', async () => {
    const prefix = `busy-${randomUUID()}-`;
    const streams = Array.from({ length: 20 }, (_, index) => `${prefix}${index}`);
    const written: string[] = [];
    let last: LogPosition = { commit: 0n, prepare: 0n };
    let writing = true;

    const writers = Array.from({ length: 8 }, async () => {
      for (let append = 0; append < 50; append++) {
        const event = sampleEvent();
        const { position } = await store.appendToStream(streams[Math.floor(Math.random() * streams.length)]!, [event]);
        written.push(event.id);
        if (compareLogPositions(position, last) > 0) last = position;
      }
    });
    const seen: RecordedEvent[] = [];
    const reader = (async () => {
      while (writing) {
        const page = await store.readAll(seen.at(-1)?.position ?? null, 10, { streamPrefix: prefix });
        seen.push(...page);
        if (page.length === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await Promise.all(writers);
    writing = false;
    await reader;
    await caughtUp(store, last);
    seen.push(...(await readAllWithPrefix(store, prefix, seen.at(-1)?.position ?? null)));

    const seenIds = seen.map((event) => event.id);
    expect(new Set(seenIds).size).toBe(seenIds.length);
    expect([...seenIds].sort()).toEqual([...written].sort());
  }, 60_000);
});

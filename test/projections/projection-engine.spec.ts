import { type EventStore, type LogPosition, type NewEvent, type RecordedEvent } from '@xinfang/event-store';
import { createPostgresEventStore } from '@xinfang/event-store-postgres';
import { CHECKPOINTS_DDL, inTransaction, projectBatch, type Projection, Projector, qualified, READ_MODEL_SCHEMA, readingAhead, rebuildProjection } from '@xinfang/projection-engine';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** Counts events per stream: applying an event twice would show as a wrong count. */
function countingProjection(options: { failOnce?: { afterEvents: number } } = {}): Projection & { failures: number } {
  let seen = 0;
  const projection = {
    name: 'stream_counts',
    tables: ['stream_counts'],
    streamPrefix: 'case-',
    failures: 0,
    async apply(events: readonly RecordedEvent[], tx: pg.ClientBase, schema: string) {
      for (const event of events) {
        await tx.query(
          `INSERT INTO ${qualified(schema, 'stream_counts')} (stream_id, events, last_version) VALUES ($1, 1, $2)
           ON CONFLICT (stream_id) DO UPDATE SET events = stream_counts.events + 1, last_version = EXCLUDED.last_version`,
          [event.streamId, event.version.toString()],
        );
        seen++;
        if (options.failOnce && seen === options.failOnce.afterEvents && projection.failures === 0) {
          projection.failures++;
          throw new Error('crash in the middle of a batch');
        }
      }
    },
  };
  return projection;
}

const event = (n: number): NewEvent => ({ id: randomUUID(), type: 'Happened', data: { n }, metadata: { actor: { id: 'u', name: 'U', role: 'clerk' }, recordedAt: new Date().toISOString() } });

describe('projection engine', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let store: EventStore;

  beforeEach(async () => {
    db = await createTestDatabase();
    pool = new pg.Pool({ connectionString: db.url, max: 8 });
    store = await createPostgresEventStore({ connectionString: db.url });
    await pool.query(CHECKPOINTS_DDL);
    await pool.query(`CREATE SCHEMA ${READ_MODEL_SCHEMA}; CREATE TABLE ${READ_MODEL_SCHEMA}.stream_counts (stream_id text PRIMARY KEY, events integer NOT NULL, last_version bigint NOT NULL)`);
  });
  afterEach(async () => {
    await store.close();
    await pool.end();
    await db.drop();
  });

  async function appendMany(streams: number, perStream: number, prefix = 'case-'): Promise<number> {
    await Promise.all(
      Array.from({ length: streams }, async (_, s) => {
        for (let v = 0; v < perStream; v++) await store.appendToStream(`${prefix}${s}`, [event(v)], { expectedVersion: v === 0 ? 'no_stream' : BigInt(v - 1) });
      }),
    );
    return streams * perStream;
  }

  const counts = async (schema = READ_MODEL_SCHEMA) =>
    (await pool.query<{ stream_id: string; events: number; last_version: string }>(`SELECT * FROM ${qualified(schema, 'stream_counts')} ORDER BY stream_id`)).rows;

  it('applies every event once, skips other streams, and is caught up to the head', async () => {
    await appendMany(5, 4);
    await appendMany(2, 3, 'other-');
    const projector = new Projector(pool, store, [countingProjection()], { batchSize: 7, idleMillis: 20 });
    projector.start();
    const head = (await store.headPosition())!;
    // Stopped whatever the answer: a projector left running would keep the pool, and the run, from ending.
    expect(await projector.waitFor(head, 5_000).finally(() => projector.stop())).toBe(true);
    const rows = await counts();
    expect(rows).toHaveLength(5);
    expect(rows.every((row) => row.events === 4 && row.last_version === '3')).toBe(true);
    const [status] = await projector.status();
    expect(status).toMatchObject({ projection: 'stream_counts', eventsApplied: 20n, lagSeconds: 0 });
  });

  it('asks the store for the event types a projection names, and still moves its checkpoint to the head over the others', async () => {
    // Versions 1 and 4 of each stream are wanted; the log ends with events the projection does not read.
    await Promise.all(
      Array.from({ length: 6 }, async (_, s) => {
        for (let v = 0; v < 7; v++) {
          const type = v % 3 === 1 ? 'Wanted' : 'Happened';
          await store.appendToStream(`case-${s}`, [{ ...event(v), type }], { expectedVersion: v === 0 ? 'no_stream' : BigInt(v - 1) });
        }
      }),
    );
    const asked: (readonly string[] | undefined)[] = [];
    const watched: EventStore = {
      appendToStream: (...args) => store.appendToStream(...args),
      readStream: (...args) => store.readStream(...args),
      readAll: (from, limit, options) => (asked.push(options?.eventTypes), store.readAll(from, limit, options)),
      headPosition: () => store.headPosition(),
      close: () => store.close(),
    };
    const projection = { ...countingProjection(), name: 'wanted_counts', eventTypes: ['Wanted'] };
    const projector = new Projector(pool, watched, [projection], { batchSize: 3, idleMillis: 20 });
    projector.start();
    const head = (await store.headPosition())!;
    expect(await projector.waitFor(head, 5_000).finally(() => projector.stop())).toBe(true);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((types) => types?.join() === 'Wanted')).toBe(true);
    expect((await counts()).map((row) => [row.events, row.last_version])).toEqual(Array.from({ length: 6 }, () => [2, '4']));
    const [status] = await projector.status();
    expect(status).toMatchObject({ eventsApplied: 12n, lagSeconds: 0, position: head });

    await rebuildProjection(pool, store, projection, { batchSize: 5 });
    expect((await counts()).map((row) => [row.events, row.last_version])).toEqual(Array.from({ length: 6 }, () => [2, '4']));
  });

  it('is not woken by a local write of event types it does not read, but is by its own types and by a waiting reader', async () => {
    const batches: number[] = [];
    const projection = { ...countingProjection(), name: 'wanted_counts', eventTypes: ['Wanted'] };
    const projector = new Projector(pool, store, [projection], { idleMillis: 60_000, onBatch: (_, batch) => batches.push(batch.events) });
    const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
    const write = async (s: number, type: string) => (await store.appendToStream(`case-${s}`, [{ ...event(0), type }], { expectedVersion: 'no_stream' })).position;
    projector.start();
    try {
      await settle();
      const afterStart = batches.length;
      await write(0, 'Happened');
      projector.wake(false, ['Happened']);
      await settle();
      expect(batches).toHaveLength(afterStart);
      await write(1, 'Wanted');
      projector.wake(false, ['Happened', 'Wanted']);
      await settle();
      expect(batches).toHaveLength(afterStart + 1);
      expect((await counts()).map((row) => row.stream_id)).toEqual(['case-1']);
      // Writes of other types still move its checkpoint when a reader waits for them.
      const last = await write(2, 'Happened');
      projector.wake(false, ['Happened']);
      expect(await projector.waitFor(last, 5_000)).toBe(true);
    } finally {
      await projector.stop();
    }
  });

  describe('with a batch interval', () => {
    /** The counting projection, noting how many events each batch hands it. */
    function batchRecording(): { projection: Projection; batches: number[] } {
      const batches: number[] = [];
      const counting = countingProjection();
      return { batches, projection: { ...counting, apply: async (events, tx, schema) => (batches.push(events.length), counting.apply(events, tx, schema)) } };
    }
    /** Appends the first event of streams `first`… and wakes the projector after each; returns the last one's position. */
    async function appendAndWake(projector: Projector, first: number, count: number): Promise<LogPosition> {
      let position: LogPosition | undefined;
      for (let s = first; s < first + count; s++) {
        ({ position } = await store.appendToStream(`case-${s}`, [event(0)], { expectedVersion: 'no_stream' }));
        projector.wake();
      }
      return position!;
    }
    async function applied(): Promise<number> {
      return (await counts()).reduce((sum, row) => sum + row.events, 0);
    }

    it('applies the first write after a quiet spell at once, then carries the writes of an interval in one batch', async () => {
      const { projection, batches } = batchRecording();
      const measured: number[] = [];
      const projector = new Projector(pool, store, [projection], { idleMillis: 60_000, batchIntervalMillis: 4_000, onBatch: (_, batch) => measured.push(batch.events) });
      projector.start();
      try {
        await appendAndWake(projector, 0, 1);
        for (const deadline = Date.now() + 2_000; (await applied()) < 1 && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 10));
        expect(await applied()).toBe(1);
        // Writes a tenth of a second apart: without the interval each would find the projection idle and get a batch of its own.
        for (let s = 1; s <= 6; s++) {
          await appendAndWake(projector, s, 1);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        for (const deadline = Date.now() + 10_000; (await applied()) < 7 && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 50));
      } finally {
        await projector.stop();
      }
      expect(await applied()).toBe(7);
      expect(batches).toEqual([1, 6]);
      // What the metrics hear of: the same batches, as the events each read.
      expect(measured).toEqual([1, 6]);
    });

    it('takes a batch that only moved its checkpoint over others\' events at most every idleMillis, unless a reader waits', async () => {
      // A read model of other streams than the ones written (a few event types, while registrations pour in).
      const elsewhere: Projection = { ...countingProjection(), streamPrefix: 'unit-' };
      const batches: number[] = [];
      const projector = new Projector(pool, store, [elsewhere], { idleMillis: 1_500, batchIntervalMillis: 20, onBatch: (_, batch) => batches.push(batch.events) });
      projector.start();
      try {
        // Ten writes 60 ms apart: each wakes the projection, which has nothing of its own to apply.
        for (let s = 0; s < 10; s++) {
          await appendAndWake(projector, 100 + s, 1);
          await new Promise((resolve) => setTimeout(resolve, 60));
        }
        expect(batches.length).toBeLessThanOrEqual(2);
        // A reader waiting for the head does not wait out the pause.
        const started = Date.now();
        expect(await projector.waitFor(await appendAndWake(projector, 110, 1), 5_000)).toBe(true);
        expect(Date.now() - started).toBeLessThan(1_000);
      } finally {
        await projector.stop();
      }
    });

    it('ends the pause after a batch that found nothing of its own when a local write of its own types lands', async () => {
      const projection = { ...countingProjection(), name: 'wanted_counts', eventTypes: ['Wanted'] };
      const batches: number[] = [];
      const projector = new Projector(pool, store, [projection], { idleMillis: 3_000, batchIntervalMillis: 20, onBatch: (_, batch) => batches.push(batch.events) });
      projector.start();
      try {
        // A write it does not read, told without its types: a batch that finds nothing, then the pause.
        await store.appendToStream('case-0', [event(0)], { expectedVersion: 'no_stream' });
        projector.wake();
        for (const deadline = Date.now() + 2_000; batches.length === 0 && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 10));
        expect(batches).toHaveLength(1);
        await store.appendToStream('case-1', [{ ...event(0), type: 'Wanted' }], { expectedVersion: 'no_stream' });
        const written = Date.now();
        projector.wake(false, ['Wanted']);
        for (const deadline = Date.now() + 2_500; (await counts()).length === 0 && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 10));
        // Seen well before the pause (3 s) would have ended, with no reader waiting.
        expect((await counts()).map((row) => row.stream_id)).toEqual(['case-1']);
        expect(Date.now() - written).toBeLessThan(1_500);
      } finally {
        await projector.stop();
      }
    });

    it('does not keep a waiting reader, or a stop, waiting out the interval', async () => {
      const { projection } = batchRecording();
      const projector = new Projector(pool, store, [projection], { idleMillis: 60_000, batchIntervalMillis: 60_000 });
      projector.start();
      try {
        expect(await projector.waitFor(await appendAndWake(projector, 0, 1), 5_000)).toBe(true);
        expect(await projector.waitFor(await appendAndWake(projector, 1, 3), 5_000)).toBe(true);
        expect(await applied()).toBe(4);
        // The projection now waits out its interval; stopping ends that wait.
        await appendAndWake(projector, 4, 1);
        await new Promise((resolve) => setTimeout(resolve, 100));
      } finally {
        const stopping = Date.now();
        await projector.stop();
        expect(Date.now() - stopping).toBeLessThan(5_000);
      }
    });
  });

  it('survives the server ending a connection in the middle of a transaction: the work fails, the process goes on, the pool connects afresh', async () => {
    const outcome = inTransaction(pool, async (client) => {
      const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await pool.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
      // The connection's end arrives while no query runs on it: an 'error' event nobody awaits.
      await new Promise((resolve) => setTimeout(resolve, 200));
      return client.query('SELECT 1');
    });
    await expect(outcome).rejects.toThrow();
    await expect(inTransaction(pool, (client) => client.query<{ one: number }>('SELECT 1 AS one'))).resolves.toMatchObject({ rows: [{ one: 1 }] });
  });

  it('backs off after a failed batch, and a reader waiting all the while does not turn that into a busy loop', async () => {
    let attempts = 0;
    const down: EventStore = {
      ...store,
      readAll: () => {
        attempts++;
        return Promise.reject(new Error('the event store is unreachable'));
      },
    };
    const errors: string[] = [];
    const projector = new Projector(pool, down, [countingProjection()], { idleMillis: 5, onError: (_, error) => errors.push(String(error)) });
    projector.start();
    // Re-wakes the projection every 20 ms for a second and a half.
    expect(await projector.waitFor({ commit: 2n ** 40n, prepare: 1n }, 1_500).finally(() => projector.stop())).toBe(false);
    // At most one try per back-off step (250 ms) and the first: about 7, against 75 without the floor.
    expect(attempts).toBeGreaterThanOrEqual(2);
    expect(attempts).toBeLessThanOrEqual(8);
    expect(errors.every((error) => error.includes('unreachable'))).toBe(true);
  });

  it('stops only once the batch in progress has committed (graceful shutdown)', async () => {
    const counting = countingProjection();
    let entered: () => void = () => undefined;
    const applying = new Promise<void>((resolve) => (entered = resolve));
    const slow: Projection = {
      ...counting,
      apply: async (events, tx, schema) => {
        entered();
        await new Promise((resolve) => setTimeout(resolve, 300));
        await counting.apply(events, tx, schema);
      },
    };
    await appendMany(3, 2);
    const projector = new Projector(pool, store, [slow], { idleMillis: 5 });
    projector.start();
    await applying;
    await projector.stop();
    expect((await counts()).reduce((sum, row) => sum + row.events, 0)).toBe(6);
    const [status] = await projector.status();
    expect(status).toMatchObject({ eventsApplied: 6n, lagSeconds: 0 });
  });

  it('rolls a failed batch back whole and resumes from its checkpoint without applying anything twice', async () => {
    await appendMany(4, 5);
    const projection = countingProjection({ failOnce: { afterEvents: 13 } });
    await projectBatch(pool, store, projection, READ_MODEL_SCHEMA, { batchSize: 10 });
    await expect(projectBatch(pool, store, projection, READ_MODEL_SCHEMA, { batchSize: 10 })).rejects.toThrow('crash in the middle');
    expect((await counts()).reduce((sum, row) => sum + row.events, 0)).toBe(10);
    while ((await projectBatch(pool, store, projection, READ_MODEL_SCHEMA, { batchSize: 10 })).kind === 'applied');
    expect((await counts()).map((row) => row.events)).toEqual([5, 5, 5, 5]);
  });

  it('lets two instances run side by side while writers append, and still applies each event once', async () => {
    const instances = [1, 2].map(() => new Projector(pool, store, [countingProjection()], { batchSize: 5, idleMillis: 5 }));
    instances.forEach((instance) => instance.start());
    const total = await appendMany(8, 25);
    expect(await instances[0]!.waitFor((await store.headPosition())!, 10_000)).toBe(true);
    await Promise.all(instances.map((instance) => instance.stop()));
    const rows = await counts();
    expect(rows.reduce((sum, row) => sum + row.events, 0)).toBe(total);
    expect(rows.every((row) => row.events === 25)).toBe(true);
  });

  it('rebuilds beside the live tables while writes go on, then swaps, ending equal to the live projection', async () => {
    const projector = new Projector(pool, store, [countingProjection()], { batchSize: 50, idleMillis: 5 });
    projector.start();
    await appendMany(6, 10);
    const writing = appendMany(3, 10, 'case-late-');
    const result = await rebuildProjection(pool, store, countingProjection(), { batchSize: 7 });
    await writing;
    expect(result.eventsRead).toBeGreaterThanOrEqual(60);
    expect(await projector.waitFor((await store.headPosition())!, 5_000).finally(() => projector.stop())).toBe(true);
    const rows = await counts();
    expect(rows).toHaveLength(9);
    expect(rows.every((row) => row.events === 10)).toBe(true);
    const schemas = await pool.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rebuild_%'`);
    expect(schemas.rowCount).toBe(0);
  });

  it('tells the projection a rebuild applies in bulk, lets it finish that work once, then applies the last events live', async () => {
    await appendMany(4, 5);
    const calls: string[] = [];
    const counting = countingProjection();
    const recording: Projection = {
      ...counting,
      apply: async (events, tx, schema, mode) => {
        calls.push(`${mode}:${schema}`);
        return counting.apply(events, tx, schema);
      },
      completeBulk: async (tx, schema) => {
        calls.push(`complete:${schema}`);
        // Events appended now, after the bulk phase, reach the shadow in the catch-up before the swap.
        await appendMany(1, 2, 'case-more-');
      },
    };
    await rebuildProjection(pool, store, recording, { batchSize: 8 });
    const completed = calls.indexOf('complete:rebuild_stream_counts');
    expect(calls.filter((call) => call.startsWith('complete'))).toEqual(['complete:rebuild_stream_counts']);
    expect(calls.slice(0, completed).every((call) => call === 'bulk:rebuild_stream_counts')).toBe(true);
    expect(calls.slice(completed + 1)).toEqual(['live:rebuild_stream_counts']);
    expect((await counts()).map((row) => row.events)).toEqual([5, 5, 5, 5, 2]);
  });

  it('waits in vain, and says so, for a position the projection cannot reach', async () => {
    const projector = new Projector(pool, store, [countingProjection()], { idleMillis: 5 });
    expect(await projector.waitFor({ commit: 2n ** 40n, prepare: 1n }, 100)).toBe(false);
  });

  it('reads the log ahead for a rebuild: the same events in the same order as reading it plainly, however it is walked', async () => {
    await appendMany(6, 5);
    const plain = await store.readAll(null, 1_000);
    const reads: string[] = [];
    const counted: EventStore = { ...store, readAll: (from, limit, options) => (reads.push(`${from ? from.commit : 'start'}/${limit}`), store.readAll(from, limit, options)) };
    const ahead = readingAhead(counted);
    const walked: RecordedEvent[] = [];
    const first = await ahead.readAll(null, 4);
    // The next batch is already being read before anyone asks for it.
    expect(reads).toEqual(['start/4', `${first.at(-1)!.position.commit}/4`]);
    for (let batch = first; batch.length > 0; batch = await ahead.readAll(batch.at(-1)!.position, 4)) walked.push(...batch);
    expect(walked.map((event) => event.id)).toEqual(plain.map((event) => event.id));
    // Each batch was read once (the one asked for had been read ahead), plus the empty read that ends the walk.
    expect(plain).toHaveLength(30);
    expect(reads).toHaveLength(8 + 1);
    // A read elsewhere in the log is not served from the read ahead.
    const again = await ahead.readAll(plain[9]!.position, 3);
    expect(again.map((event) => event.id)).toEqual(plain.slice(10, 13).map((event) => event.id));
    expect((await ahead.readAll(plain[2]!.position, 3)).map((event) => event.id)).toEqual(plain.slice(3, 6).map((event) => event.id));
  });
});

import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import type { ExpectedVersion, NewEvent } from '@xinfang/event-store';
import { createPostgresEventStore, type PostgresEventStore } from '@xinfang/event-store-postgres';
import { withClient } from '../test/support/test-database.ts';
import { openBenchDatabase } from './support/bench-database.ts';
import { formatTable, runSlice, type Tally, type WriterOperation } from './support/throughput.ts';

/*
 * Appends through the PostgreSQL adapter (one event per append, exact expected version) against
 * plain single-row INSERTs into a table of the same shape, on the same server, at 1 and 8
 * concurrent writers. The ratio says what the stream lock, the version check and the hash chain
 * cost on top of what storing a row costs anyway. The two alternate in short slices, so that a
 * burst of load from elsewhere on the machine falls on both alike.
 */
const CONCURRENCY = [1, 8];
const APPENDS = Number(process.env.BENCH_APPENDS ?? 3_000);
const SLICES = 6;
const STREAMS_PER_WRITER = 10;

const metadata = { actor: { id: 'officer-7', name: '李明', role: 'registrar' }, recordedAt: '2025-03-01T08:30:00.000Z' };

function benchEvent(): NewEvent {
  return { id: randomUUID(), type: 'PetitionNoteAdded', data: { note: '已电话联系信访人，约定下周面谈。', by: 'officer-7' }, metadata };
}

function adapterWriter(store: PostgresEventStore, streamPrefix: string): WriterOperation {
  const versions = new Map<string, bigint>();
  return async (index) => {
    const streamId = `${streamPrefix}-${index % STREAMS_PER_WRITER}`;
    const expectedVersion: ExpectedVersion = versions.get(streamId) ?? 'no_stream';
    const result = await store.appendToStream(streamId, [benchEvent()], { expectedVersion });
    versions.set(streamId, result.nextExpectedVersion);
  };
}

const RAW_INSERT = `INSERT INTO bench_raw.events (stream_id, version, event_id, type, data, metadata, hash)
  VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)`;

function rawWriter(pool: pg.Pool, streamPrefix: string): WriterOperation {
  const versions = new Map<string, number>();
  return async (index) => {
    const streamId = `${streamPrefix}-${index % STREAMS_PER_WRITER}`;
    const version = (versions.get(streamId) ?? -1) + 1;
    const event = benchEvent();
    const values = [streamId, version, event.id, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata), randomBytes(32).toString('hex')];
    await pool.query({ name: 'bench_raw_insert', text: RAW_INSERT, values });
    versions.set(streamId, version);
  };
}

async function describeServer(url: string): Promise<string> {
  return withClient(url, async (client) => {
    await client.query('CREATE SCHEMA bench_raw; CREATE TABLE bench_raw.events (LIKE event_store.events INCLUDING ALL)');
    const { rows } = await client.query<{ version: string; fsync: string; synchronous_commit: string }>(
      `SELECT current_setting('server_version') AS version, current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS synchronous_commit`,
    );
    const settings = rows[0]!;
    return `PostgreSQL ${settings.version} (fsync=${settings.fsync}, synchronous_commit=${settings.synchronous_commit})`;
  });
}

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const maxWriters = Math.max(...CONCURRENCY);
  const store = await createPostgresEventStore({ connectionString: database.url, poolSize: maxWriters });
  const rawPool = new pg.Pool({ connectionString: database.url, max: maxWriters });
  // Ending a pool does not wait for its sockets; the forced drop of the database may still reach one.
  rawPool.on('error', () => undefined);
  try {
    console.log(`${await describeServer(database.url)}, ${database.server}`);
    console.log(`${APPENDS} appends and ${APPENDS} inserts per concurrency, alternating in ${SLICES} slices\n`);
    await runSlice([adapterWriter(store, 'warmup'), rawWriter(rawPool, 'warmup')], 0, 200, { operations: 0, seconds: 0 });

    const rows: string[][] = [];
    for (const writers of CONCURRENCY) {
      const adapter: Tally = { operations: 0, seconds: 0 };
      const raw: Tally = { operations: 0, seconds: 0 };
      const adapterWriters = Array.from({ length: writers }, (_, writer) => adapterWriter(store, `bench-${writers}-${writer}`));
      const rawWriters = Array.from({ length: writers }, (_, writer) => rawWriter(rawPool, `bench-${writers}-${writer}`));
      const perSlice = Math.ceil(APPENDS / SLICES / writers);
      for (let slice = 0; slice < SLICES; slice++) {
        await runSlice(rawWriters, slice * perSlice, perSlice, raw);
        await runSlice(adapterWriters, slice * perSlice, perSlice, adapter);
      }
      const [adapterRate, rawRate] = [adapter.operations / adapter.seconds, raw.operations / raw.seconds];
      rows.push([String(writers), adapterRate.toFixed(0), rawRate.toFixed(0), (adapterRate / rawRate).toFixed(2)]);
    }
    console.log(formatTable(['writers', 'adapter events/s', 'raw inserts/s', 'adapter/raw'], rows));
  } finally {
    await rawPool.end();
    await store.close();
    await database.release();
  }
}

await main();

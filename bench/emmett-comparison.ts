import { type Event, STREAM_DOES_NOT_EXIST } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore, type PostgresEventStore as EmmettEventStore } from '@event-driven-io/emmett-postgresql';
import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@xinfang/event-store';
import { createPostgresEventStore, type PostgresEventStore } from '@xinfang/event-store-postgres';
import { openBenchDatabase } from './support/bench-database.ts';
import { type Figure, reportFigures } from './support/figures.ts';
import { runSlice, type Tally, type WriterOperation } from './support/throughput.ts';

/*
 * This project's PostgreSQL event store against Emmett's (`@event-driven-io/emmett-postgresql`,
 * `getPostgreSQLEventStore(connectionString)`), on the same server and database: one event per
 * append with the expected version, at 1 and 8 concurrent writers, ten streams per writer, the
 * same event shape, alternating in short slices so that noise from elsewhere falls on both alike.
 * Ours also chains a SHA-256 hash over every event; Emmett does not.
 */
const CONCURRENCY = [1, 8];
const APPENDS = Number(process.env.BENCH_APPENDS ?? 3_000);
const SLICES = 6;
const STREAMS_PER_WRITER = 10;
const BENCH = 'emmett-comparison';

type NoteAdded = Event<'PetitionNoteAdded', { note: string; by: string }, { actor: { id: string; name: string; role: string }; recordedAt: string }>;

const data = { note: '已电话联系信访人，约定下周面谈。', by: 'officer-7' };
const metadata = { actor: { id: 'officer-7', name: '李明', role: 'clerk' }, recordedAt: '2026-03-01T08:30:00.000Z' };

function ourWriter(store: PostgresEventStore, prefix: string): WriterOperation {
  const versions = new Map<string, bigint>();
  return async (index) => {
    const streamId = `${prefix}-${index % STREAMS_PER_WRITER}`;
    const event: NewEvent = { id: randomUUID(), type: 'PetitionNoteAdded', data, metadata };
    const result = await store.appendToStream(streamId, [event], { expectedVersion: versions.get(streamId) ?? 'no_stream' });
    versions.set(streamId, result.nextExpectedVersion);
  };
}

function emmettWriter(store: EmmettEventStore, prefix: string): WriterOperation {
  const versions = new Map<string, bigint>();
  return async (index) => {
    const streamId = `${prefix}-${index % STREAMS_PER_WRITER}`;
    const event: NoteAdded = { type: 'PetitionNoteAdded', data, metadata };
    const result = await store.appendToStream<NoteAdded>(streamId, [event], { expectedStreamVersion: versions.get(streamId) ?? STREAM_DOES_NOT_EXIST });
    versions.set(streamId, result.nextExpectedStreamVersion);
  };
}

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const maxWriters = Math.max(...CONCURRENCY);
  const ours = await createPostgresEventStore({ connectionString: database.url, poolSize: maxWriters });
  const emmett = getPostgreSQLEventStore(database.url);
  try {
    await emmett.schema.migrate();
    console.log(`${database.server}; ${APPENDS} appends per store and concurrency, alternating in ${SLICES} slices\n`);
    await runSlice([ourWriter(ours, 'warmup'), emmettWriter(emmett, 'warmup')], 0, 200, { operations: 0, seconds: 0 });

    const figures: Figure[] = [];
    for (const writers of CONCURRENCY) {
      const ourTally: Tally = { operations: 0, seconds: 0 };
      const emmettTally: Tally = { operations: 0, seconds: 0 };
      const ourWriters = Array.from({ length: writers }, (_, writer) => ourWriter(ours, `ours-${writers}-${writer}`));
      const emmettWriters = Array.from({ length: writers }, (_, writer) => emmettWriter(emmett, `emmett-${writers}-${writer}`));
      const perSlice = Math.ceil(APPENDS / SLICES / writers);
      for (let slice = 0; slice < SLICES; slice++) {
        await runSlice(emmettWriters, slice * perSlice, perSlice, emmettTally);
        await runSlice(ourWriters, slice * perSlice, perSlice, ourTally);
      }
      const [ourRate, emmettRate] = [ourTally.operations / ourTally.seconds, emmettTally.operations / emmettTally.seconds];
      figures.push({
        bench: BENCH,
        figure: `append, ${writers} writer${writers > 1 ? 's' : ''}`,
        value: ourRate,
        unit: 'events/s',
        baseline: { label: 'Emmett PostgreSQL', value: emmettRate, unit: 'events/s' },
        ratio: ourRate / emmettRate,
        goal: 'ratio ≥ 1 (ahead)',
        met: ourRate >= emmettRate,
      });
    }
    reportFigures(figures);
  } finally {
    await emmett.close();
    await ours.close();
    await database.release();
  }
}

await main();

import type { EventStore } from '@xinfang/event-store';
import type pg from 'pg';
import { deleteCheckpoint, lockKeyOf, readCheckpoint, resetCheckpoint } from './checkpoints.js';
import { projectBatch, projectBatchWithin } from './project-batch.js';
import { type Projection, qualified, READ_MODEL_SCHEMA } from './projection.js';
import { readingAhead } from './read-ahead.js';
import { inTransaction } from './transaction.js';

export interface RebuildProgress {
  readonly projection: string;
  readonly eventsRead: number;
  readonly eventsPerSecond: number;
}

export interface RebuildOptions {
  readonly batchSize?: number;
  readonly onProgress?: (progress: RebuildProgress) => void;
}

export interface RebuildResult {
  readonly projection: string;
  readonly eventsRead: number;
  readonly seconds: number;
}

export function shadowSchemaOf(projection: Projection, purpose: 'rebuild' | 'replay_check'): string {
  return `${purpose}_${projection.name.replace(/[^a-z0-9_]/gi, '_')}`.toLowerCase();
}

/**
 * Builds the projection's tables afresh from the first event in a schema beside the live one,
 * while the live tables keep serving; then, holding the live projection's lock, catches up the
 * last events and swaps the new tables in within one transaction.
 */
export async function rebuildProjection(pool: pg.Pool, store: EventStore, projection: Projection, options: RebuildOptions = {}): Promise<RebuildResult> {
  const shadow = shadowSchemaOf(projection, 'rebuild');
  const started = performance.now();
  const eventsRead = await buildShadow(pool, store, projection, shadow, options, started);
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [lockKeyOf(projection.name, READ_MODEL_SCHEMA)]);
    let caughtUp = false;
    while (!caughtUp) {
      const result = await projectBatchWithin(client, store, projection, shadow, { batchSize: options.batchSize ?? 2_000 });
      caughtUp = result.kind !== 'applied';
    }
    for (const table of projection.tables) {
      await client.query(`DROP TABLE IF EXISTS ${qualified(READ_MODEL_SCHEMA, table)}`);
      await client.query(`ALTER TABLE ${qualified(shadow, table)} SET SCHEMA ${quoteIdent(READ_MODEL_SCHEMA)}`);
    }
    await resetCheckpoint(client, projection.name, READ_MODEL_SCHEMA, await readCheckpoint(client, projection.name, shadow));
    await deleteCheckpoint(client, projection.name, shadow);
    await client.query(`DROP SCHEMA ${quoteIdent(shadow)} CASCADE`);
  });
  return { projection: projection.name, eventsRead, seconds: (performance.now() - started) / 1000 };
}

/**
 * Several projections rebuilt side by side: they are independent (own tables, own checkpoint, own
 * lock), each reads the log itself, and together they keep both PostgreSQL and this process busy.
 */
export async function rebuildProjections(pool: pg.Pool, store: EventStore, projections: readonly Projection[], options: RebuildOptions = {}): Promise<RebuildResult[]> {
  const results = await Promise.allSettled(projections.map((projection) => rebuildProjection(pool, store, projection, options)));
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((result) => (result as PromiseFulfilledResult<RebuildResult>).value);
}

/** Empty copies of the live tables in `shadow`, filled from the first event up to about now. */
export async function buildShadow(pool: pg.Pool, store: EventStore, projection: Projection, shadow: string, options: RebuildOptions, started = performance.now()): Promise<number> {
  await pool.query(`DROP SCHEMA IF EXISTS ${quoteIdent(shadow)} CASCADE`);
  await pool.query(`CREATE SCHEMA ${quoteIdent(shadow)}`);
  const deferred: string[] = [];
  for (const table of projection.tables) {
    await pool.query(`CREATE TABLE ${qualified(shadow, table)} (LIKE ${qualified(READ_MODEL_SCHEMA, table)} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING IDENTITY INCLUDING STORAGE INCLUDING COMPRESSION)`);
    deferred.push(...(await copyIndexes(pool, table, shadow)));
  }
  await deleteCheckpoint(pool, projection.name, shadow);
  // The store reads the next batch while this one is applied. Commits need not wait for the disk:
  // a batch lost in a crash loses its checkpoint with it, and nothing reads the shadow meanwhile.
  const reader = readingAhead(store);
  let eventsRead = 0;
  for (;;) {
    const result = await projectBatch(pool, reader, projection, shadow, { batchSize: options.batchSize ?? 2_000, waitForLock: true, asynchronousCommit: true, mode: 'bulk' });
    if (result.kind !== 'applied') break;
    eventsRead += result.read;
    const seconds = (performance.now() - started) / 1000;
    options.onProgress?.({ projection: projection.name, eventsRead, eventsPerSecond: seconds > 0 ? eventsRead / seconds : 0 });
  }
  if (projection.completeBulk) await completeBulk(pool, projection, shadow);
  // Secondary indexes are built once over the finished tables rather than row by row.
  for (const definition of deferred) await pool.query(definition);
  return eventsRead;
}

/** The projection's deferred work over the tables the bulk batches filled, under its lock. */
async function completeBulk(pool: pg.Pool, projection: Projection, shadow: string): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [lockKeyOf(projection.name, shadow)]);
    await projection.completeBulk!(client, shadow);
  });
}

/**
 * Gives the shadow table the live table's indexes under the same names (so a later migration finds
 * them after the swap): the primary key and unique ones now, since the projection's upserts need
 * them; the others are returned, to be built once the table is full.
 */
async function copyIndexes(pool: pg.Pool, table: string, shadow: string): Promise<string[]> {
  const { rows } = await pool.query<{ name: string; definition: string; is_primary: boolean; is_unique: boolean }>(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition, i.indisprimary AS is_primary, i.indisunique AS is_unique
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid = $1::regclass ORDER BY c.relname`,
    [qualified(READ_MODEL_SCHEMA, table)],
  );
  const deferred: string[] = [];
  for (const index of rows) {
    const definition = index.definition.replace(` ON ${READ_MODEL_SCHEMA}.`, ` ON ${quoteIdent(shadow)}.`);
    if (!index.is_unique) {
      deferred.push(definition);
      continue;
    }
    await pool.query(definition);
    if (index.is_primary) await pool.query(`ALTER TABLE ${qualified(shadow, table)} ADD CONSTRAINT ${quoteIdent(index.name)} PRIMARY KEY USING INDEX ${quoteIdent(index.name)}`);
  }
  return deferred;
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

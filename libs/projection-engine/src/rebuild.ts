import type { EventStore } from '@xinfang/event-store';
import type pg from 'pg';
import { deleteCheckpoint, lockKeyOf, readCheckpoint, resetCheckpoint } from './checkpoints.js';
import { projectBatch, projectBatchWithin } from './project-batch.js';
import { type Projection, qualified, READ_MODEL_SCHEMA } from './projection.js';

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
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
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
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  return { projection: projection.name, eventsRead, seconds: (performance.now() - started) / 1000 };
}

/** Empty copies of the live tables in `shadow`, filled from the first event up to about now. */
export async function buildShadow(pool: pg.Pool, store: EventStore, projection: Projection, shadow: string, options: RebuildOptions, started = performance.now()): Promise<number> {
  await pool.query(`DROP SCHEMA IF EXISTS ${quoteIdent(shadow)} CASCADE`);
  await pool.query(`CREATE SCHEMA ${quoteIdent(shadow)}`);
  for (const table of projection.tables) {
    await pool.query(`CREATE TABLE ${qualified(shadow, table)} (LIKE ${qualified(READ_MODEL_SCHEMA, table)} INCLUDING ALL)`);
  }
  await deleteCheckpoint(pool, projection.name, shadow);
  let eventsRead = 0;
  for (;;) {
    const result = await projectBatch(pool, store, projection, shadow, { batchSize: options.batchSize ?? 2_000, waitForLock: true });
    if (result.kind !== 'applied') break;
    eventsRead += result.read;
    const seconds = (performance.now() - started) / 1000;
    options.onProgress?.({ projection: projection.name, eventsRead, eventsPerSecond: seconds > 0 ? eventsRead / seconds : 0 });
  }
  return eventsRead;
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

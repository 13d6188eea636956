import type { EventStore } from '@xinfang/event-store';
import type pg from 'pg';
import { lockKeyOf } from './checkpoints.js';
import { projectBatchWithin } from './project-batch.js';
import { type Projection, qualified, READ_MODEL_SCHEMA } from './projection.js';
import { buildShadow, quoteIdent, type RebuildOptions, shadowSchemaOf } from './rebuild.js';
import { inTransaction } from './transaction.js';

export interface TableDifference {
  readonly table: string;
  /** Rows the live table has and a replay from the first event does not. */
  readonly onlyLive: number;
  /** Rows a replay produces that the live table lacks. */
  readonly onlyReplayed: number;
  readonly samples: readonly { readonly side: 'live' | 'replayed'; readonly row: Record<string, unknown> }[];
}

export interface ReplayCheckResult {
  readonly projection: string;
  readonly eventsReplayed: number;
  readonly tables: readonly { readonly table: string; readonly rows: number }[];
  readonly differences: readonly TableDifference[];
}

/**
 * Replays the projection from the first event into a shadow schema and compares it, table by
 * table, with the live read model at the same log position (both caught up while holding the
 * live projection's lock). A healthy system shows no difference. The shadow is dropped after.
 */
export async function replayCheck(pool: pg.Pool, store: EventStore, projection: Projection, options: RebuildOptions = {}): Promise<ReplayCheckResult> {
  const shadow = shadowSchemaOf(projection, 'replay_check');
  const eventsReplayed = await buildShadow(pool, store, projection, shadow, options);
  try {
    return await inTransaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [lockKeyOf(projection.name, READ_MODEL_SCHEMA)]);
      for (const schema of [READ_MODEL_SCHEMA, shadow]) {
        while ((await projectBatchWithin(client, store, projection, schema, { batchSize: options.batchSize ?? 2_000 })).kind === 'applied');
      }
      const tables: { table: string; rows: number }[] = [];
      const differences: TableDifference[] = [];
      for (const table of projection.tables) {
        const live = qualified(READ_MODEL_SCHEMA, table);
        const replayed = qualified(shadow, table);
        const count = async (sql: string) => Number((await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM (${sql}) d`)).rows[0]!.n);
        const onlyLive = await count(`SELECT * FROM ${live} EXCEPT ALL SELECT * FROM ${replayed}`);
        const onlyReplayed = await count(`SELECT * FROM ${replayed} EXCEPT ALL SELECT * FROM ${live}`);
        tables.push({ table, rows: await count(`SELECT 1 FROM ${live}`) });
        if (onlyLive + onlyReplayed === 0) continue;
        const sample = async (side: 'live' | 'replayed', sql: string) => (await client.query<Record<string, unknown>>(`${sql} LIMIT 3`)).rows.map((row) => ({ side, row }));
        differences.push({
          table,
          onlyLive,
          onlyReplayed,
          samples: [...(await sample('live', `SELECT * FROM ${live} EXCEPT ALL SELECT * FROM ${replayed}`)), ...(await sample('replayed', `SELECT * FROM ${replayed} EXCEPT ALL SELECT * FROM ${live}`))],
        });
      }
      return { projection: projection.name, eventsReplayed, tables, differences };
    });
  } finally {
    await pool.query(`DROP SCHEMA IF EXISTS ${quoteIdent(shadow)} CASCADE`).catch(() => undefined);
    await pool.query('DELETE FROM projection.checkpoints WHERE target_schema = $1', [shadow]).catch(() => undefined);
  }
}

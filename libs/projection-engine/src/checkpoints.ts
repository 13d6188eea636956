import type { LogPosition } from '@xinfang/event-store';
import type pg from 'pg';

export const CHECKPOINTS_DDL = `
  CREATE SCHEMA IF NOT EXISTS projection;
  CREATE TABLE IF NOT EXISTS projection.checkpoints (
    projection text NOT NULL,
    target_schema text NOT NULL,
    position_commit bigint,
    position_prepare bigint,
    events_applied bigint NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (projection, target_schema)
  );`;

export interface Checkpoint {
  readonly position: LogPosition | null;
  readonly eventsApplied: bigint;
}

interface CheckpointRow {
  position_commit: string | null;
  position_prepare: string | null;
  events_applied: string;
}

export async function readCheckpoint(db: pg.ClientBase | pg.Pool, projection: string, schema: string): Promise<Checkpoint> {
  // One round trip, on every batch: the row as inserted now, or else as it stands (a statement does
  // not see its own insert, so at most one of the two answers).
  const { rows } = await db.query<CheckpointRow>(
    `WITH created AS (
       INSERT INTO projection.checkpoints (projection, target_schema) VALUES ($1, $2) ON CONFLICT DO NOTHING
       RETURNING position_commit::text, position_prepare::text, events_applied::text
     )
     SELECT * FROM created
     UNION ALL
     SELECT position_commit::text, position_prepare::text, events_applied::text FROM projection.checkpoints WHERE projection = $1 AND target_schema = $2`,
    [projection, schema],
  );
  // None when another transaction inserted it meanwhile (after this statement's snapshot): read again.
  const row = rows[0] ?? (await db.query<CheckpointRow>(
    `SELECT position_commit::text, position_prepare::text, events_applied::text FROM projection.checkpoints WHERE projection = $1 AND target_schema = $2`,
    [projection, schema],
  )).rows[0]!;
  return {
    position: row.position_commit === null ? null : { commit: BigInt(row.position_commit), prepare: BigInt(row.position_prepare!) },
    eventsApplied: BigInt(row.events_applied),
  };
}

/**
 * Moves the checkpoint only from where this batch started: a batch that lost a race with another
 * instance (for example after a lock was lost with its connection) updates nothing and must roll back.
 */
export async function advanceCheckpoint(tx: pg.ClientBase, projection: string, schema: string, from: LogPosition | null, to: LogPosition, applied: number): Promise<boolean> {
  const { rowCount } = await tx.query(
    `UPDATE projection.checkpoints
        SET position_commit = $3, position_prepare = $4, events_applied = events_applied + $5, updated_at = now()
      WHERE projection = $1 AND target_schema = $2
        AND position_commit IS NOT DISTINCT FROM $6 AND position_prepare IS NOT DISTINCT FROM $7`,
    [projection, schema, to.commit.toString(), to.prepare.toString(), applied, from?.commit.toString() ?? null, from?.prepare.toString() ?? null],
  );
  return rowCount === 1;
}

export async function resetCheckpoint(tx: pg.ClientBase, projection: string, schema: string, to: Checkpoint): Promise<void> {
  await tx.query(
    `INSERT INTO projection.checkpoints (projection, target_schema, position_commit, position_prepare, events_applied)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (projection, target_schema) DO UPDATE
       SET position_commit = EXCLUDED.position_commit, position_prepare = EXCLUDED.position_prepare,
           events_applied = EXCLUDED.events_applied, updated_at = now()`,
    [projection, schema, to.position?.commit.toString() ?? null, to.position?.prepare.toString() ?? null, to.eventsApplied.toString()],
  );
}

export async function deleteCheckpoint(db: pg.ClientBase | pg.Pool, projection: string, schema: string): Promise<void> {
  await db.query('DELETE FROM projection.checkpoints WHERE projection = $1 AND target_schema = $2', [projection, schema]);
}

/** A stable 32-bit key for the advisory lock of a projection writing into one schema. */
export function lockKeyOf(projection: string, schema: string): number {
  let hash = 0x811c9dc5;
  for (const character of `xinfang-projection:${projection}@${schema}`) {
    hash ^= character.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

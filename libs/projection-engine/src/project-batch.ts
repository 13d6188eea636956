import { compareLogPositions, type EventStore, type LogPosition, type RecordedEvent } from '@xinfang/event-store';
import type pg from 'pg';
import { advanceCheckpoint, lockKeyOf, readCheckpoint } from './checkpoints.js';
import type { ApplyMode, Projection } from './projection.js';
import { inTransaction } from './transaction.js';

export type BatchResult =
  | { readonly kind: 'applied'; readonly read: number; readonly applied: number; readonly position: LogPosition }
  | { readonly kind: 'caught_up' }
  /** Another instance holds this projection right now. */
  | { readonly kind: 'busy' };

export interface BatchOptions {
  readonly batchSize: number;
  /** Wait for the projection's lock instead of giving up when another instance holds it. */
  readonly waitForLock?: boolean;
  /** Commit without waiting for the WAL to reach the disk (a rebuild's shadow tables). */
  readonly asynchronousCommit?: boolean;
  /** How the projection is told to apply the events (`live` unless a rebuild says `bulk`). */
  readonly mode?: ApplyMode;
}

/**
 * One transaction: take the projection's lock, read its checkpoint, read the next events, apply
 * them and move the checkpoint. A crash anywhere rolls all of it back, so nothing is applied twice.
 * Every event read moves the checkpoint, even one the projection ignores, so that "caught up to
 * position P" means the same for every projection.
 */
export async function projectBatch(pool: pg.Pool, store: EventStore, projection: Projection, schema: string, options: BatchOptions): Promise<BatchResult> {
  // A batch that lost the lock after applying its events must not keep them.
  // The lock is asked for in BEGIN's round trip: one fewer per batch of every projection.
  const key = lockKeyOf(projection.name, schema);
  const lock = options.waitForLock ? `SELECT pg_advisory_xact_lock(${key}), true AS locked` : `SELECT pg_try_advisory_xact_lock(${key}) AS locked`;
  return inTransaction(pool, (client, begun) => projectBatchWithin(client, store, projection, schema, options, begun[0]?.locked === true), {
    asynchronousCommit: options.asynchronousCommit,
    commitIf: (result) => result.kind !== 'busy',
    beginWith: lock,
  });
}

/** The same, inside a transaction the caller holds (a rebuild's final catch-up and swap); `lockTaken`: the caller asked for the lock already. */
export async function projectBatchWithin(tx: pg.ClientBase, store: EventStore, projection: Projection, schema: string, options: BatchOptions, lockTaken?: boolean): Promise<BatchResult> {
  const key = lockKeyOf(projection.name, schema);
  if (lockTaken === false) return { kind: 'busy' };
  if (lockTaken === true) {
    // Taken with BEGIN (projectBatch).
  } else if (options.waitForLock) {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [key]);
  } else {
    const { rows } = await tx.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS locked', [key]);
    if (!rows[0]?.locked) return { kind: 'busy' };
  }
  const checkpoint = await readCheckpoint(tx, projection.name, schema);
  const { events, upTo } = await readBatch(store, projection, checkpoint.position, options.batchSize);
  if (!upTo) return { kind: 'caught_up' };
  const prefix = projection.streamPrefix;
  const relevant = prefix === undefined ? events : events.filter((event) => event.streamId.startsWith(prefix));
  if (relevant.length > 0) await projection.apply(relevant, tx, schema, options.mode ?? 'live');
  if (!(await advanceCheckpoint(tx, projection.name, schema, checkpoint.position, upTo, relevant.length))) return { kind: 'busy' };
  return { kind: 'applied', read: events.length, applied: relevant.length, position: upTo };
}

/**
 * The next events after `from` and the position the checkpoint may move to: the last event's, or,
 * for a projection of a few event types whose search came back short, the head read before it
 * (every event of those types up to there has been returned). No position past `from`: caught up.
 */
async function readBatch(store: EventStore, projection: Projection, from: LogPosition | null, batchSize: number): Promise<{ events: RecordedEvent[]; upTo: LogPosition | null }> {
  const eventTypes = projection.eventTypes;
  const head = eventTypes ? await store.headPosition() : null;
  const events = await store.readAll(from, batchSize, eventTypes ? { eventTypes } : undefined);
  let upTo = events.at(-1)?.position ?? null;
  if (head && events.length < batchSize && (upTo === null || compareLogPositions(head, upTo) > 0)) upTo = head;
  const moved = upTo !== null && (from === null || compareLogPositions(upTo, from) > 0);
  return { events, upTo: moved ? upTo : null };
}

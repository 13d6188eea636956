import type { RecordedEvent } from '@xinfang/event-store';
import type pg from 'pg';

/** The schema live read models are in; a rebuild builds beside it, then swaps its tables in. */
export const READ_MODEL_SCHEMA = 'read_model';

/**
 * A read model fed from the global log. `apply` runs inside the engine's transaction, the same
 * one that moves the projection's checkpoint, so an event's effect lands exactly once.
 */
export interface Projection {
  readonly name: string;
  /** The tables the projection owns in its schema; a rebuild replaces all of them at once. */
  readonly tables: readonly string[];
  /** Only events of streams with this prefix are read (for instance `petition-`). */
  readonly streamPrefix?: string;
  /**
   * The only event types the projection uses, when it uses few of a long log's: the store searches
   * for them and returns nothing else (the checkpoint still moves over the others).
   */
  readonly eventTypes?: readonly string[];
  /**
   * `bulk` when a rebuild fills fresh tables from the first event: the projection may then leave
   * work that is cheaper done once over the finished tables to `completeBulk`.
   */
  apply(events: readonly RecordedEvent[], tx: pg.ClientBase, schema: string, mode?: ApplyMode): Promise<void>;
  /** Called once, in its own transaction, after the last `bulk` batch and before any `live` one. */
  completeBulk?(tx: pg.ClientBase, schema: string): Promise<void>;
}

export type ApplyMode = 'live' | 'bulk';

/** `"schema"."table"`, for building SQL against whichever schema a batch targets. */
export function qualified(schema: string, table: string): string {
  return `"${schema.replaceAll('"', '""')}"."${table.replaceAll('"', '""')}"`;
}

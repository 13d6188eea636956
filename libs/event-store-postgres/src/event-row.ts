import type { EventMetadata, LogPosition, RecordedEvent } from '@xinfang/event-store';

/**
 * For rows of `event_store.events` named `e`. int8 and xid8 travel as text, so no global type
 * parser can round them through a double; the aliases shadow the columns, so ORDER BY says `e.`.
 */
export const EVENT_COLUMNS = `e.position::text AS position, e.transaction_id::text AS transaction_id, e.stream_id,
  e.version::text AS version, e.event_id::text AS event_id, e.type, e.data, e.metadata, e.stored_at, e.hash`;

export interface EventRow {
  readonly position: string;
  readonly transaction_id: string;
  readonly stream_id: string;
  readonly version: string;
  readonly event_id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: EventMetadata;
  readonly stored_at: Date;
  readonly hash: string;
}

export interface PositionRow {
  readonly transaction_id: string;
  readonly position: string;
}

export function toLogPosition(row: PositionRow): LogPosition {
  return { commit: BigInt(row.transaction_id), prepare: BigInt(row.position) };
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    streamId: row.stream_id,
    version: BigInt(row.version),
    position: toLogPosition(row),
    storedAt: row.stored_at,
    hash: row.hash,
  };
}

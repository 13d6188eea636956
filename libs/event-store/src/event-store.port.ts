/**
 * The one port every event store adapter implements. Framework-free: nothing here may import
 * NestJS, an ORM, a database driver or an event-store client.
 */

/** Where an event sits in the global log. Ordered by `commit`, then `prepare` (KurrentDB's shape). */
export interface LogPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

export type ExpectedVersion = 'any' | 'no_stream' | 'stream_exists' | bigint;

/** Who did it and when, carried by every event; adapters may add their own keys. */
export interface EventMetadata {
  readonly actor: { readonly id: string; readonly name: string; readonly role: string };
  readonly recordedAt: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  readonly idempotencyKey?: string;
  readonly [key: string]: unknown;
}

export interface NewEvent<Type extends string = string, Data = unknown> {
  /** A UUID chosen by the writer; appending the same ids again at the same place is a no-op. */
  readonly id: string;
  readonly type: Type;
  readonly data: Data;
  readonly metadata: EventMetadata;
}

export interface RecordedEvent<Type extends string = string, Data = unknown> extends NewEvent<Type, Data> {
  readonly streamId: string;
  /** 0-based revision of the event within its stream. */
  readonly version: bigint;
  readonly position: LogPosition;
  /** When the store committed it (the store's clock, not the writer's). */
  readonly storedAt: Date;
  /** Hex SHA-256 over the previous event's hash and this event's canonical encoding. */
  readonly hash: string;
}

/**
 * An append of no events only checks the expected version; it answers with the stream's version
 * (-1 when the stream does not exist) and the position of its last event (0-0 when there is none).
 */
export interface AppendResult {
  /** The version of the last event now in the stream. */
  readonly nextExpectedVersion: bigint;
  /** The log position of the last event appended (or found, for an idempotent retry). */
  readonly position: LogPosition;
}

export interface ReadStreamOptions {
  /** First version to read (inclusive); defaults to the start, or the end when reading backwards. */
  readonly from?: bigint;
  /** Last version to read (inclusive). */
  readonly to?: bigint;
  readonly direction?: 'forwards' | 'backwards';
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Only streams whose id starts with this prefix. */
  readonly streamPrefix?: string;
  /**
   * Only events of these types, searched for by the store: `limit` counts the events returned, so a
   * reader that gets fewer than `limit` has seen every such event up to at least the `headPosition`
   * it read before asking, and may checkpoint there (a reader of a few types of a long log).
   */
  readonly eventTypes?: readonly string[];
}

export interface EventStore {
  appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options?: { readonly expectedVersion?: ExpectedVersion },
  ): Promise<AppendResult>;

  /** The stream's events in the asked order; an empty array when the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;

  /**
   * Up to `limit` events after `from` (exclusive; `null` for the very start) in log order. Never
   * returns an event ordered before one it has already returned, so a reader may checkpoint the
   * position of the last event it saw and resume from there without skipping anything. To keep
   * that promise a store may show a committed event only a moment later (PostgreSQL waits for older
   * transactions still open); `headPosition` says when a given position has been reached.
   */
  readAll(from: LogPosition | null, limit: number, options?: ReadAllOptions): Promise<RecordedEvent[]>;

  /** The position a reader that has seen everything committed so far would be at. */
  headPosition(): Promise<LogPosition | null>;

  close(): Promise<void>;
}

import { BACKWARDS, END, FORWARDS, KurrentDBClient, START, type AllStreamResolvedEvent, type Filter } from '@kurrent/kurrentdb-client';
import {
  compareLogPositions,
  DuplicateEventIdError,
  type AppendResult,
  type EventStore,
  type ExpectedVersion,
  type LogPosition,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
} from '@xinfang/event-store';
import { findEarlierAppend, repeatedIds } from './earlier-append.js';
import { claimEventIds } from './event-id-claims.js';
import { chainHashes, positionOf, storableBody, toEventData, toRecordedEvent } from './event-mapping.js';
import { assertExpectedVersion, pinnedStreamState } from './expected-version.js';
import type { KurrentDbClient } from './kurrentdb-client.js';
import { isClientWrongExpectedVersion, isStreamNotFound, toWrongExpectedVersion, translateFailure } from './kurrentdb-errors.js';
import { isInScope, serverFilterFor, type LogScope } from './log-filter.js';
import { subscribeToLog, type LogSubscription } from './log-subscription.js';
import { isPast, streamWindow } from './stream-window.js';

export interface KurrentDbEventStoreOptions {
  /** `kurrentdb://…` (or the older `esdb://…`), with the client's query options. */
  readonly connectionString: string;
  /** The service's streams; `readAll`, `headPosition` and subscriptions see no others. Every stream when omitted. */
  readonly streamPrefixes?: readonly string[];
}

/** Writers racing on one stream with `any` each lose at most once per winner; this bounds the wait. */
const MAX_APPEND_ATTEMPTS = 16;
const HEAD_SEARCH_PAGE = 64;

/** The client reconnects by itself (on the next call after a lost channel); nothing is opened here. */
export function createKurrentDbEventStore(options: KurrentDbEventStoreOptions): KurrentDbEventStore {
  const client = KurrentDBClient.connectionString(kurrentDbConnectionString(options.connectionString));
  return new KurrentDbEventStore(client, { streamPrefixes: options.streamPrefixes ?? [] });
}

/** `esdb://` still works but makes the client warn on every start; it names the same thing. */
export function kurrentDbConnectionString(connectionString: string): string {
  return connectionString.trim().replace(/^esdb(\+discover)?:\/\//i, 'kurrentdb$1://');
}

export class KurrentDbEventStore implements EventStore {
  private closed = false;

  constructor(
    private readonly client: KurrentDbClient,
    private readonly options: { readonly streamPrefixes: readonly string[] },
  ) {}

  /*
   * The hash of each event chains to the one before it, so the adapter must know the stream's last
   * event before it can write: it reads it, chains the new hashes from it, and appends pinned to
   * that exact revision. Whatever the caller expected, two writers can then never both extend the
   * same event, so the chain cannot fork; the loser of a race reads again and, when its
   * expectation still holds (`any`, `stream_exists`), chains from the new last event.
   */
  async appendToStream(streamId: string, events: readonly NewEvent[], options: { readonly expectedVersion?: ExpectedVersion } = {}): Promise<AppendResult> {
    const expected = options.expectedVersion ?? 'any';
    try {
      if (events.length === 0) return await this.checkExpectedVersion(streamId, expected);
      const eventIds = events.map((event) => event.id);
      const repeated = repeatedIds(eventIds);
      if (repeated.length > 0) throw new DuplicateEventIdError(streamId, repeated);
      for (const event of events) storableBody(event); // refused before any of their ids is claimed

      // An id claimed for this stream before, or a lost race, may mean these very events are in the
      // stream already (a retry, or a concurrent copy of one): then the whole stream is read to find them.
      let mayBeStored = (await claimEventIds(this.client, streamId, eventIds)).claimedEarlier;
      for (let attempt = 1; ; attempt++) {
        const stored = await this.readStream(streamId, mayBeStored ? {} : { direction: 'backwards', maxCount: 1 });
        const earlier = mayBeStored ? findEarlierAppend(streamId, stored, eventIds, expected) : undefined;
        if (earlier) return { nextExpectedVersion: earlier.version, position: earlier.position };

        const last = stored.at(-1) ?? null;
        assertExpectedVersion(streamId, expected, last?.version ?? null);
        try {
          return await this.appendAfter(streamId, last, events, expected);
        } catch (error) {
          if (!isClientWrongExpectedVersion(error)) throw error;
          if (attempt === MAX_APPEND_ATTEMPTS) throw toWrongExpectedVersion(error, streamId, expected);
          mayBeStored = true;
        }
      }
    } catch (error) {
      throw translateFailure(error);
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const window = streamWindow(options);
    if (!window) return [];
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, window)) {
        const event = toRecordedEvent(resolved);
        if (isPast(options, event.version)) break;
        events.push(event);
      }
      return events;
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw translateFailure(error);
    }
  }

  async readAll(from: LogPosition | null, limit: number, options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const scope = this.scope(options);
    const filter = serverFilterFor(scope);
    const events: RecordedEvent[] = [];
    let cursor = from;
    // KurrentDB reads $all from a position inclusively, and the port reads after it: the event at
    // the cursor comes back first and is skipped. A page runs on until it is full or the log ends.
    while (events.length < limit) {
      const page = await this.readLog(FORWARDS, cursor, limit - events.length + (cursor ? 1 : 0), filter);
      const fresh = page.filter((resolved) => !cursor || compareLogPositions(positionOf(resolved), cursor) > 0);
      if (fresh.length === 0) break;
      for (const resolved of fresh) {
        cursor = positionOf(resolved);
        if (events.length < limit && resolved.event && isInScope(scope, resolved.event)) events.push(toRecordedEvent(resolved));
      }
    }
    return events;
  }

  async headPosition(): Promise<LogPosition | null> {
    const scope = this.scope();
    const filter = serverFilterFor(scope);
    let cursor: LogPosition | null = null;
    for (;;) {
      const page = await this.readLog(BACKWARDS, cursor, HEAD_SEARCH_PAGE, filter);
      const older = page.filter((resolved) => !cursor || compareLogPositions(positionOf(resolved), cursor) < 0);
      if (older.length === 0) return null;
      const head = older.find((resolved) => resolved.event && isInScope(scope, resolved.event));
      if (head) return positionOf(head);
      cursor = positionOf(older.at(-1)!);
    }
  }

  /**
   * A catch-up subscription to the service's events after `from` (exclusive, as `readAll`),
   * filtered by the server on the stream prefixes, then live. See `subscribeToLog`.
   */
  subscribeToAll(from: LogPosition | null, onEvent: (event: RecordedEvent) => Promise<void> | void): LogSubscription {
    return subscribeToLog(this.client, this.scope(), from, onEvent);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.client.dispose();
  }

  private scope({ streamPrefix, eventTypes }: ReadAllOptions = {}): LogScope {
    return { streamPrefixes: this.options.streamPrefixes, ...(streamPrefix === undefined ? {} : { streamPrefix }), ...(eventTypes === undefined ? {} : { eventTypes }) };
  }

  private async checkExpectedVersion(streamId: string, expected: ExpectedVersion): Promise<AppendResult> {
    const [last] = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    assertExpectedVersion(streamId, expected, last?.version ?? null);
    return { nextExpectedVersion: last?.version ?? -1n, position: last?.position ?? { commit: 0n, prepare: 0n } };
  }

  private async appendAfter(streamId: string, last: RecordedEvent | null, events: readonly NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    const firstVersion = (last?.version ?? -1n) + 1n;
    const hashes = chainHashes(last?.hash ?? null, firstVersion, events);
    const eventData = events.map((event, index) => toEventData(event, hashes[index]!));
    const result = await this.client.appendToStream(streamId, eventData, { streamState: pinnedStreamState(expected, last?.version ?? null) });
    // The append's own position is documented for the append, not for its last event; the event's
    // position as read is what readers and retries of this append will see.
    const [appended] = await this.readStream(streamId, { from: result.nextExpectedRevision, maxCount: 1 });
    if (!appended) throw new Error(`Stream ${streamId}: the event just appended at ${result.nextExpectedRevision} cannot be read`);
    return { nextExpectedVersion: appended.version, position: appended.position };
  }

  private async readLog(direction: typeof FORWARDS | typeof BACKWARDS, from: LogPosition | null, maxCount: number, filter: Filter): Promise<AllStreamResolvedEvent[]> {
    const page: AllStreamResolvedEvent[] = [];
    try {
      for await (const resolved of this.client.readAll({ direction, fromPosition: from ?? (direction === FORWARDS ? START : END), maxCount, filter })) {
        page.push(resolved);
      }
      return page;
    } catch (error) {
      throw translateFailure(error);
    }
  }
}

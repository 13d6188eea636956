import { randomUUID } from 'node:crypto';
import {
  ANY,
  BACKWARDS,
  END,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AppendResult,
  type AppendToStreamOptions,
  type EventData,
  type Filter,
  type Position,
  type ReadAllOptions,
  type ReadStreamOptions,
  type SubscribeToAllOptions,
} from '@kurrent/kurrentdb-client';
import type { KurrentDbClient } from '../kurrentdb-client.js';

interface StoredRecord {
  readonly streamId: string;
  readonly id: string;
  readonly type: string;
  readonly revision: bigint;
  readonly data: string;
  readonly metadata: string;
  readonly created: Date;
  readonly position: Position;
}

/**
 * A stand-in for `KurrentDBClient`, modelled on its documented behaviour, so the adapter's own
 * logic (chaining, pinning, retries, claims, paging) can run without a server. It is not a
 * KurrentDB: it proves nothing about the server, only about what the adapter does with it.
 *
 * Modelled: expected stream states and `WrongExpectedVersionError`; `StreamNotFoundError` on
 * reading a missing stream; `$all` read forwards *inclusive* of `fromPosition`; subscriptions
 * *exclusive* of it; server-side filters; JSON data and metadata round-tripped as text; a batch
 * sharing one commit position, each event with its own prepare position. Not modelled: the
 * server's own idempotence by event id (the adapter never relies on it), deletion, links.
 */
export class InMemoryKurrentDbClient implements KurrentDbClient {
  private readonly log: StoredRecord[] = [];
  private readonly streams = new Map<string, StoredRecord[]>();
  private readonly listeners = new Set<() => void>();
  private nextLogPosition = 1_000n;

  /** System events, so that readers show they skip them. */
  constructor() {
    this.write('$stats-127.0.0.1:2113', [systemEvent('$statsCollected')]);
    this.write('$$$settings', [systemEvent('$metadata')]);
  }

  async appendToStream(streamName: string, events: EventData[], options: AppendToStreamOptions = {}): Promise<AppendResult> {
    await tick();
    const current = this.streams.get(streamName)?.at(-1)?.revision;
    const state = options.streamState ?? ANY;
    const met =
      state === ANY ||
      (state === NO_STREAM && current === undefined) ||
      (state === STREAM_EXISTS && current !== undefined) ||
      (typeof state === 'bigint' && state === current);
    if (!met) throw new WrongExpectedVersionError(undefined, { streamName, expected: state, current: current ?? NO_STREAM });
    const last = this.write(streamName, events);
    return { success: true, nextExpectedRevision: last.revision, position: last.position };
  }

  async *readStream(streamName: string, options: ReadStreamOptions = {}): AsyncIterableIterator<AllStreamResolvedEvent> {
    await tick();
    const stream = this.streams.get(streamName);
    if (!stream) throw new StreamNotFoundError(undefined, streamName);
    const backwards = options.direction === BACKWARDS;
    const from = options.fromRevision ?? (backwards ? END : START);
    const ordered = backwards ? [...stream].reverse() : stream;
    const selected = ordered.filter((record) =>
      from === START || from === END ? true : backwards ? record.revision <= from : record.revision >= from,
    );
    yield* selected.slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER)).map(resolve);
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterableIterator<AllStreamResolvedEvent> {
    await tick();
    const backwards = options.direction === BACKWARDS;
    const from = options.fromPosition ?? (backwards ? END : START);
    const ordered = backwards ? [...this.log].reverse() : this.log;
    const selected = ordered.filter(
      (record) =>
        (from === START || from === END || (backwards ? compare(record.position, from) <= 0 : compare(record.position, from) >= 0)) &&
        passes(options.filter, record),
    );
    yield* selected.slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER)).map(resolve);
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AsyncIterable<AllStreamResolvedEvent> & { unsubscribe(): Promise<void> } {
    const from = options.fromPosition ?? START;
    let delivered = from === END ? this.log.length : from === START ? 0 : this.log.filter((record) => compare(record.position, from) <= 0).length;
    let stopped = false;
    let wake: (() => void) | undefined;
    const listener = () => wake?.();
    this.listeners.add(listener);
    const log = this.log;
    const unsubscribe = async () => {
      stopped = true;
      this.listeners.delete(listener);
      wake?.();
    };
    return {
      unsubscribe,
      async *[Symbol.asyncIterator]() {
        while (!stopped) {
          const record = log[delivered];
          if (!record) {
            await new Promise<void>((resolve) => (wake = resolve));
            continue;
          }
          delivered++;
          if (passes(options.filter, record)) yield resolve(record);
        }
      },
    };
  }

  async dispose(): Promise<void> {
    this.listeners.clear();
  }

  private write(streamName: string, events: readonly EventData[]): StoredRecord {
    const stream = this.streams.get(streamName) ?? [];
    const commit = this.nextLogPosition;
    for (const event of events) {
      const record: StoredRecord = {
        streamId: streamName,
        id: event.id,
        type: event.type,
        revision: BigInt(stream.length),
        data: JSON.stringify(event.data),
        metadata: JSON.stringify(event.metadata ?? {}),
        created: new Date(),
        position: { commit, prepare: this.nextLogPosition },
      };
      this.nextLogPosition += 137n;
      stream.push(record);
      this.log.push(record);
    }
    this.streams.set(streamName, stream);
    for (const listener of this.listeners) listener();
    return stream.at(-1)!;
  }
}

function resolve(record: StoredRecord): AllStreamResolvedEvent {
  return {
    event: {
      streamId: record.streamId,
      id: record.id,
      type: record.type,
      revision: record.revision,
      isJson: true,
      data: JSON.parse(record.data) as Record<string, unknown>,
      metadata: JSON.parse(record.metadata) as Record<string, unknown>,
      created: record.created,
      position: record.position,
    },
    commitPosition: record.position.commit,
  };
}

function passes(filter: Filter | undefined, record: StoredRecord): boolean {
  if (!filter) return true;
  const subject = filter.filterOn === 'streamName' ? record.streamId : record.type;
  return 'prefixes' in filter ? filter.prefixes.some((prefix) => subject.startsWith(prefix)) : new RegExp(filter.regex).test(subject);
}

function compare(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  return a.prepare === b.prepare ? 0 : a.prepare < b.prepare ? -1 : 1;
}

function systemEvent(type: string): EventData {
  return { id: randomUUID(), contentType: 'application/json', type, data: {}, metadata: undefined };
}

/** Lets other callers in between, as a network round trip would. */
function tick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

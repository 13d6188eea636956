import { randomUUID } from 'node:crypto';
import {
  DeadlineExceededError,
  KurrentDBClient,
  StreamDeletedError,
  UnavailableError,
  WrongExpectedVersionError as ClientWrongExpectedVersionError,
  excludeSystemEvents,
  streamNameFilter,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import {
  canonicalEventBody,
  computeEventHash,
  DuplicateEventIdError,
  EventStoreUnavailableError,
  verifyHashChain,
  WrongExpectedVersionError,
  type RecordedEvent,
} from '@xinfang/event-store';
import { createKurrentDbEventStore, HASH_METADATA_KEY, KurrentDbEventStore } from '@xinfang/event-store-kurrentdb';
import { findEarlierAppend, repeatedIds } from '../../libs/event-store-kurrentdb/src/earlier-append.js';
import { EVENT_ID_CLAIM_PREFIX } from '../../libs/event-store-kurrentdb/src/event-id-claims.js';
import { chainHashes, toEventData, toRecordedEvent } from '../../libs/event-store-kurrentdb/src/event-mapping.js';
import { actualVersionOf, assertExpectedVersion, pinnedStreamState, toStreamState } from '../../libs/event-store-kurrentdb/src/expected-version.js';
import { toWrongExpectedVersion, translateFailure } from '../../libs/event-store-kurrentdb/src/kurrentdb-errors.js';
import { isInScope, serverFilterFor } from '../../libs/event-store-kurrentdb/src/log-filter.js';
import { streamWindow } from '../../libs/event-store-kurrentdb/src/stream-window.js';
import { InMemoryKurrentDbClient } from '../../libs/event-store-kurrentdb/src/testing/in-memory-kurrentdb-client.js';
import { kurrentDbConnectionString } from '../../libs/event-store-kurrentdb/src/kurrentdb-event-store.js';
import { describeEventStoreContract } from '../../libs/event-store/src/testing/index.js';
import { newStreamId, sampleEvent, sampleEvents, sampleMetadata } from '../../libs/event-store/src/testing/contract-fixtures.js';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING?.trim();
if (!connectionString) console.log('KurrentDB contract suite SKIPPED: EVENTSTORE_CONNECTION_STRING is not set');

(connectionString ? describe : describe.skip)('against the KurrentDB server at EVENTSTORE_CONNECTION_STRING', () => {
  describeEventStoreContract('KurrentDB', async () => {
    const store = createKurrentDbEventStore({ connectionString: connectionString ?? '' });
    return { store, dispose: () => store.close() };
  });

  it('stores the hash in the event metadata, and shows readers neither it, the claims nor system events', async () => {
    const client = KurrentDBClient.connectionString(kurrentDbConnectionString(connectionString ?? ''));
    const store = new KurrentDbEventStore(client, { streamPrefixes: [] });
    try {
      const streamId = newStreamId('raw');
      const event = sampleEvent();
      await store.appendToStream(streamId, [event]);
      const [raw] = await collect(client.readStream(streamId));
      expect(raw?.event?.metadata).toEqual({ ...event.metadata, [HASH_METADATA_KEY]: computeEventHash(null, 0n, canonicalEventBody(event)) });
      const [claim] = await collect(client.readStream(`${EVENT_ID_CLAIM_PREFIX}${event.id}`));
      expect(claim?.event?.data).toEqual({ streamId });

      const everything = await store.readAll(null, 1_000_000);
      expect(everything.filter((seen) => seen.streamId.startsWith('$') || seen.streamId.startsWith(EVENT_ID_CLAIM_PREFIX))).toEqual([]);
      expect(everything.map((seen) => seen.id)).toContain(event.id);
    } finally {
      await store.close();
    }
  });
});

describe('KurrentDB adapter, on an in-memory stand-in for the client (no server: the adapter logic only)', () => {
  describeEventStoreContract('KurrentDB adapter on the stand-in', async () => {
    const store = new KurrentDbEventStore(new InMemoryKurrentDbClient(), { streamPrefixes: [] });
    return { store, dispose: () => store.close() };
  });

  it('keeps readers to the service prefixes, away from system events and event-id claims', async () => {
    const client = new InMemoryKurrentDbClient();
    const store = new KurrentDbEventStore(client, { streamPrefixes: ['petition-'] });
    await store.appendToStream(`petition-${randomUUID()}`, sampleEvents(2));
    await store.appendToStream(`other-${randomUUID()}`, sampleEvents(1));
    const events = await store.readAll(null, 100);
    expect(events.map((event) => event.streamId.split('-')[0])).toEqual(['petition', 'petition']);
    expect(await store.headPosition()).toEqual(events[1]?.position);
    expect(await new KurrentDbEventStore(client, { streamPrefixes: [] }).readAll(null, 100)).toHaveLength(3);
  });

  it('stores a batch once when copies of one append race each other, whichever lands first', async () => {
    const client = new FirstAppendHeldBack();
    const store = new KurrentDbEventStore(client, { streamPrefixes: [] });
    const streamId = newStreamId('twin');
    await store.appendToStream(streamId, sampleEvents(1));
    const batch = sampleEvents(2);
    client.holdBackNextAppendTo = streamId;
    const results = await Promise.all([store.appendToStream(streamId, batch), store.appendToStream(streamId, batch)]);
    expect(results[1]).toEqual(results[0]);
    expect((await store.readStream(streamId)).map((event) => event.id)).toEqual([expect.any(String), ...batch.map((event) => event.id)]);
  });

  it('refuses an event it cannot store before claiming its id', async () => {
    const store = new KurrentDbEventStore(new InMemoryKurrentDbClient(), { streamPrefixes: [] });
    const event = sampleEvent({ metadata: { ...sampleMetadata, [HASH_METADATA_KEY]: 'forged' } });
    await expect(store.appendToStream(newStreamId('reserved'), [event])).rejects.toThrow(TypeError);
    await expect(store.appendToStream(newStreamId('elsewhere'), [{ ...event, metadata: sampleMetadata }])).resolves.toMatchObject({ nextExpectedVersion: 0n });
  });

  it('delivers through a subscription what follows a position, then live events, until closed', async () => {
    const store = new KurrentDbEventStore(new InMemoryKurrentDbClient(), { streamPrefixes: ['petition-'] });
    const streamId = `petition-${randomUUID()}`;
    const first = await store.appendToStream(streamId, sampleEvents(2));
    const seen: RecordedEvent[] = [];
    let sawLive: () => void = () => undefined;
    const live = new Promise<void>((resolve) => (sawLive = resolve));
    const subscription = store.subscribeToAll(first.position, (event) => {
      seen.push(event);
      if (seen.length === 2) sawLive();
    });
    await store.appendToStream(`other-${randomUUID()}`, sampleEvents(1));
    await store.appendToStream(streamId, sampleEvents(2), { expectedVersion: 1n });
    await live;
    await subscription.close();
    await expect(subscription.done).resolves.toBeUndefined();
    expect(seen.map((event) => event.version)).toEqual([2n, 3n]);
  });
});

describe('KurrentDB adapter mapping', () => {
  it('maps every expected version to its client stream state, and back from the actual state', () => {
    expect(['any', 'no_stream', 'stream_exists', 7n].map((expected) => toStreamState(expected as never))).toEqual(['any', 'no_stream', 'stream_exists', 7n]);
    expect([actualVersionOf('no_stream'), actualVersionOf(-1n), actualVersionOf(0n), actualVersionOf(12n)]).toEqual([null, null, 0n, 12n]);
  });

  it('pins an append to the revision read unless the caller named one', () => {
    expect([pinnedStreamState('any', 4n), pinnedStreamState('any', null), pinnedStreamState('stream_exists', 4n)]).toEqual([4n, 'no_stream', 4n]);
    expect([pinnedStreamState('no_stream', null), pinnedStreamState(4n, 4n)]).toEqual(['no_stream', 4n]);
  });

  it.each([
    ['no_stream', 3n, 3n],
    ['stream_exists', null, null],
    [2n, 3n, 3n],
    [2n, null, null],
  ] as const)('refuses %s when the stream is at %s', (expected, current, actual) => {
    expect(() => assertExpectedVersion('s', expected, current)).toThrow(expect.objectContaining({ name: 'WrongExpectedVersionError', expected, actual }));
  });

  it('turns the server refusal into the port error, for the caller expectation', () => {
    const refusal = new ClientWrongExpectedVersionError(undefined, { streamName: 's', expected: 4n, current: 'no_stream' });
    expect(toWrongExpectedVersion(refusal, 's', 'stream_exists')).toMatchObject({ streamId: 's', expected: 'stream_exists', actual: null });
    const behind = new ClientWrongExpectedVersionError(undefined, { streamName: 's', expected: 'no_stream', current: 5n });
    expect(toWrongExpectedVersion(behind, 's', 'no_stream')).toEqual(new WrongExpectedVersionError('s', 'no_stream', 5n));
  });

  it('reports an unreachable or slow server as unavailable, and passes other failures through', () => {
    const bareGrpc = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 });
    for (const failure of [new UnavailableError(), new DeadlineExceededError(), bareGrpc, new Error('Failed to discover after 10 attempts.')]) {
      expect(translateFailure(failure)).toBeInstanceOf(EventStoreUnavailableError);
    }
    const deleted = StreamDeletedError.fromStreamName('s');
    const duplicate = new DuplicateEventIdError('s', ['e']);
    expect([translateFailure(deleted), translateFailure(duplicate)]).toEqual([deleted, duplicate]);
  });

  it('reports a server the real client cannot reach as unavailable', async () => {
    const store = createKurrentDbEventStore({ connectionString: 'esdb://127.0.0.1:1?tls=false&defaultDeadline=2000' });
    try {
      await expect(store.appendToStream(newStreamId('down'), [sampleEvent()])).rejects.toBeInstanceOf(EventStoreUnavailableError);
      await expect(store.readStream(newStreamId('down'))).rejects.toBeInstanceOf(EventStoreUnavailableError);
      await expect(store.readAll(null, 10)).rejects.toBeInstanceOf(EventStoreUnavailableError);
      await expect(store.headPosition()).rejects.toBeInstanceOf(EventStoreUnavailableError);
    } finally {
      await store.close();
    }
  });

  it('chains the hashes of a batch from the previous event, as a verifier recomputes them', () => {
    const earlier = sampleEvents(2);
    const batch = [sampleEvent({ data: { 说明: '第二批', 数量: 2 } }), sampleEvent()];
    const [first, second] = chainHashes(null, 0n, earlier);
    const hashes = chainHashes(second!, 2n, batch);
    expect(first).toBe(computeEventHash(null, 0n, canonicalEventBody(earlier[0]!)));
    expect(hashes[0]).toBe(computeEventHash(second!, 2n, canonicalEventBody(batch[0]!)));
    const recorded = [...earlier, ...batch].map((event, index) => ({ ...event, version: BigInt(index), hash: [first, second, ...hashes][index]! }));
    expect(verifyHashChain(recorded as unknown as RecordedEvent[])).toMatchObject({ intact: true, eventsChecked: 4 });
  });

  it('stores what it hashed, with the hash beside the caller metadata, and refuses the reserved key', () => {
    const event = sampleEvent({ data: { at: new Date('2025-01-01T00:00:00Z'), 标题: '路灯' } });
    const stored = toEventData(event, 'h0');
    expect(stored).toMatchObject({ id: event.id, type: event.type, contentType: 'application/json', data: { at: {}, 标题: '路灯' } });
    expect(stored.metadata).toEqual({ ...sampleMetadata, [HASH_METADATA_KEY]: 'h0' });
    expect(() => toEventData(sampleEvent({ metadata: { ...sampleMetadata, [HASH_METADATA_KEY]: 'x' } }), 'h0')).toThrow(TypeError);
  });

  it('maps a resolved event to a recorded one, taking the hash out of the metadata', () => {
    const created = new Date('2025-03-01T08:30:01Z');
    const resolved = resolvedEvent({ metadata: { ...sampleMetadata, correlationId: 'c-1', [HASH_METADATA_KEY]: 'abc' }, created });
    expect(toRecordedEvent(resolved)).toEqual({
      id: resolved.event!.id,
      type: 'PetitionRegistered',
      data: { subject: '路灯' },
      metadata: { ...sampleMetadata, correlationId: 'c-1' },
      streamId: 'petition-1',
      version: 3n,
      position: { commit: 2000n, prepare: 2137n },
      storedAt: created,
      hash: 'abc',
    });
    expect(() => toRecordedEvent(resolvedEvent({ metadata: sampleMetadata }))).toThrow(/carries no hash/);
    expect(() => toRecordedEvent(resolvedEvent({ position: undefined }))).toThrow(/22\.6/);
  });

  it('filters $all to the service streams, on the server and again on each event', () => {
    expect(serverFilterFor({ streamPrefixes: [] })).toEqual(excludeSystemEvents());
    expect(serverFilterFor({ streamPrefixes: ['petition-', 'case-'] })).toEqual(streamNameFilter({ prefixes: ['petition-', 'case-'] }));
    expect(serverFilterFor({ streamPrefixes: ['petition-'], streamPrefix: 'petition-7' })).toEqual(streamNameFilter({ prefixes: ['petition-7'] }));
    const scope = { streamPrefixes: ['petition-'] };
    const inScope = (streamId: string, type = 'PetitionRegistered') => isInScope(scope, { streamId, type });
    expect([inScope('petition-1'), inScope('$ce-petition'), inScope('petition-1', '$>'), inScope('case-1')]).toEqual([true, false, false, false]);
    expect(isInScope({ streamPrefixes: [] }, { streamId: `${EVENT_ID_CLAIM_PREFIX}x`, type: 'EventIdClaimed' })).toBe(false);
    expect(isInScope({ ...scope, streamPrefix: 'petition-1' }, { streamId: 'petition-2', type: 'T' })).toBe(false);
    const typed = { ...scope, eventTypes: ['PetitionRegistered', 'PetitionAccepted'] };
    expect(['PetitionRegistered', 'PetitionAccepted', 'PetitionClosed'].map((type) => isInScope(typed, { streamId: 'petition-1', type }))).toEqual([true, true, false]);
    expect(isInScope(typed, { streamId: 'case-1', type: 'PetitionRegistered' })).toBe(false);
  });

  it('finds a retried batch where it was stored, and refuses ids reused otherwise', () => {
    const stored = ['a', 'b', 'c', 'd'].map((id, index) => ({ id, version: BigInt(index) }) as RecordedEvent);
    expect(findEarlierAppend('s', stored, ['x', 'y'], 'any')).toBeUndefined();
    expect(findEarlierAppend('s', stored, ['b', 'c'], 0n)?.version).toBe(2n);
    expect(findEarlierAppend('s', stored, ['a', 'b'], 'no_stream')?.version).toBe(1n);
    expect(() => findEarlierAppend('s', stored, ['b', 'c'], 2n)).toThrow(expect.objectContaining({ name: 'WrongExpectedVersionError', actual: 3n }));
    for (const ids of [['b', 'x'], ['x', 'c'], ['c', 'b']]) {
      expect(() => findEarlierAppend('s', stored, ids, 'any')).toThrow(DuplicateEventIdError);
    }
    expect(repeatedIds(['a', 'b', 'a', 'a'])).toEqual(['a']);
  });

  it('turns readStream options into one client read', () => {
    expect(streamWindow({})).toEqual({ direction: 'forwards', fromRevision: 'start', maxCount: Number.MAX_SAFE_INTEGER });
    expect(streamWindow({ from: 1n, to: 3n, maxCount: 10 })).toEqual({ direction: 'forwards', fromRevision: 1n, maxCount: 3 });
    expect(streamWindow({ direction: 'backwards', from: 4n, to: 2n })).toEqual({ direction: 'backwards', fromRevision: 4n, maxCount: 3 });
    expect(streamWindow({ direction: 'backwards', maxCount: 2 })).toEqual({ direction: 'backwards', fromRevision: 'end', maxCount: 2 });
    expect([streamWindow({ from: 3n, to: 1n }), streamWindow({ maxCount: 0 })]).toEqual([null, null]);
  });

  it('accepts the older esdb:// scheme under its new name', () => {
    expect(kurrentDbConnectionString(' esdb://localhost:2113?tls=false')).toBe('kurrentdb://localhost:2113?tls=false');
    expect(kurrentDbConnectionString('esdb+discover://cluster:2113')).toBe('kurrentdb+discover://cluster:2113');
  });
});

function resolvedEvent(overrides: { metadata?: unknown; created?: Date; position?: { commit: bigint; prepare: bigint } | undefined }): ResolvedEvent {
  return {
    event: {
      streamId: 'petition-1',
      id: randomUUID(),
      type: 'PetitionRegistered',
      revision: 3n,
      isJson: true,
      data: { subject: '路灯' },
      metadata: (overrides.metadata ?? { ...sampleMetadata, [HASH_METADATA_KEY]: 'abc' }) as Record<string, unknown>,
      created: overrides.created ?? new Date(),
      position: 'position' in overrides ? overrides.position : { commit: 2000n, prepare: 2137n },
    },
  };
}

/** Delays one append so that a later writer's append lands before it. */
class FirstAppendHeldBack extends InMemoryKurrentDbClient {
  holdBackNextAppendTo: string | undefined;

  override async appendToStream(...args: Parameters<InMemoryKurrentDbClient['appendToStream']>): ReturnType<InMemoryKurrentDbClient['appendToStream']> {
    if (args[0] === this.holdBackNextAppendTo) {
      this.holdBackNextAppendTo = undefined;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return super.appendToStream(...args);
  }
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

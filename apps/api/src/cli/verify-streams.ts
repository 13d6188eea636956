import { canonicalEventBody, compareLogPositions, computeEventHash, type EventStore, type LogPosition } from '@xinfang/event-store';

export interface StreamsVerification {
  readonly streams: number;
  readonly events: number;
  readonly broken: readonly { streamId: string; version: bigint; eventId: string; reason: string }[];
}

/**
 * Walks the whole log once, recomputing every stream's hash chain as its events come by; reports
 * the first broken event of each broken stream.
 */
export async function verifyAllStreams(store: EventStore, onProgress?: (events: number) => void, batchSize = 5_000): Promise<StreamsVerification> {
  const chains = new Map<string, { nextVersion: bigint; lastHash: string | null; broken: boolean }>();
  const broken: { streamId: string; version: bigint; eventId: string; reason: string }[] = [];
  let from: LogPosition | null = null;
  let events = 0;
  for (;;) {
    const batch = await store.readAll(from, batchSize);
    if (batch.length === 0) break;
    for (const event of batch) {
      const chain = chains.get(event.streamId) ?? { nextVersion: 0n, lastHash: null, broken: false };
      if (!chain.broken) {
        const reason =
          event.version !== chain.nextVersion
            ? `expected version ${chain.nextVersion}, found ${event.version}`
            : computeEventHash(chain.lastHash, event.version, canonicalEventBody(event)) !== event.hash
              ? 'stored hash does not match its content and its predecessor'
              : undefined;
        if (reason) {
          chain.broken = true;
          broken.push({ streamId: event.streamId, version: event.version, eventId: event.id, reason });
        }
      }
      chain.nextVersion = event.version + 1n;
      chain.lastHash = event.hash;
      chains.set(event.streamId, chain);
      if (from && compareLogPositions(event.position, from) <= 0) throw new Error('The log went backwards: the event store broke its ordering promise');
      from = event.position;
    }
    events += batch.length;
    onProgress?.(events);
  }
  return { streams: chains.size, events, broken };
}

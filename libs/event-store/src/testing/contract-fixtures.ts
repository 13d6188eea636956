import { randomUUID } from 'node:crypto';
import { compareLogPositions } from '../log-position.js';
import type { EventMetadata, EventStore, LogPosition, NewEvent, RecordedEvent } from '../event-store.port.js';

export type StoreAccess = () => EventStore;

export const sampleMetadata: EventMetadata = {
  actor: { id: 'officer-7', name: '李明', role: 'registrar' },
  recordedAt: '2025-03-01T08:30:00.000Z',
};

export function sampleEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  return { id: randomUUID(), type: 'PetitionRegistered', data: { subject: 'Street lights out', count: 3 }, metadata: sampleMetadata, ...overrides };
}

export function sampleEvents(count: number): NewEvent[] {
  return Array.from({ length: count }, (_, index) => sampleEvent({ data: { index } }));
}

/** A stream id no other test uses, so tests sharing one store never see each other's events. */
export function newStreamId(category = 'contract'): string {
  return `${category}-${randomUUID()}`;
}

/**
 * Waits until `readAll` can return everything up to `position`. A store may withhold a committed
 * event for a moment (PostgreSQL does, while an older transaction is still open).
 */
export async function caughtUp(store: EventStore, position: LogPosition, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const head = await store.headPosition();
    if (head && compareLogPositions(head, position) >= 0) return;
    if (Date.now() > deadline) throw new Error(`headPosition stayed behind ${position.commit}-${position.prepare}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Every event of streams starting with `prefix` after `from`, page by page. */
export async function readAllWithPrefix(store: EventStore, prefix: string, from: LogPosition | null = null, pageSize = 100): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  let checkpoint = from;
  for (;;) {
    const page = await store.readAll(checkpoint, pageSize, { streamPrefix: prefix });
    events.push(...page);
    const last = page.at(-1);
    if (!last || page.length < pageSize) return events;
    if (checkpoint && compareLogPositions(last.position, checkpoint) <= 0) throw new Error('readAll did not move past its `from` position');
    checkpoint = last.position;
  }
}

export async function versionsOf(store: EventStore, streamId: string): Promise<bigint[]> {
  return (await store.readStream(streamId)).map((event) => event.version);
}

export function range(from: number, count: number): bigint[] {
  return Array.from({ length: count }, (_, index) => BigInt(from + index));
}

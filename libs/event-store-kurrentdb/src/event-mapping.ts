import { jsonEvent, type AllStreamResolvedEvent, type EventData, type JSONType, type Position, type ResolvedEvent } from '@kurrent/kurrentdb-client';
import { canonicalEventBody, computeEventHash, type EventMetadata, type NewEvent, type RecordedEvent } from '@xinfang/event-store';

/**
 * The key under which the event's hash rides in its KurrentDB metadata, beside the caller's own
 * keys, and is taken out again on read. No `$`: KurrentDB reserves those metadata keys for itself.
 */
export const HASH_METADATA_KEY = 'xinfang-event-hash';

/** The hashes of `events` appended after an event hashed `previousHash`, the first at `firstVersion`. */
export function chainHashes(previousHash: string | null, firstVersion: bigint, events: readonly NewEvent[]): string[] {
  let previous = previousHash;
  return events.map((event, index) => {
    previous = computeEventHash(previous, firstVersion + BigInt(index), canonicalEventBody(event));
    return previous;
  });
}

/**
 * What KurrentDB stores for `event`. Data and metadata are stored as the canonical text that was
 * hashed, as the PostgreSQL adapter does, so that whatever JSON would have made of a value (a
 * `Date`, a `toJSON`) a reader recomputes the very hash it finds.
 */
export function toEventData(event: NewEvent, hash: string): EventData {
  const body = JSON.parse(storableBody(event)) as { data: JSONType; metadata: Record<string, unknown> };
  return jsonEvent({ id: event.id, type: event.type, data: body.data, metadata: { ...body.metadata, [HASH_METADATA_KEY]: hash } });
}

/** The canonical body of an event the store can hold; throws a `TypeError` for one it cannot. */
export function storableBody(event: NewEvent): string {
  if (HASH_METADATA_KEY in event.metadata) {
    throw new TypeError(`Event ${event.id}: the metadata key "${HASH_METADATA_KEY}" is reserved for the event store`);
  }
  return canonicalEventBody(event);
}

/** A stored event as the port records it; refuses one this adapter did not write. */
export function toRecordedEvent(resolved: ResolvedEvent): RecordedEvent {
  const stored = resolved.event;
  if (!stored) throw new Error('KurrentDB returned a link to a deleted event; the event store never reads links');
  const where = `Event ${stored.id} of stream ${stored.streamId}`;
  if (!stored.isJson) throw new Error(`${where} is not JSON, so was not written by this event store`);
  if (!stored.position) throw new Error(`${where} came without its log position: KurrentDB 22.6 or later is required`);
  const { [HASH_METADATA_KEY]: hash, ...metadata } = metadataObject(stored.metadata, where);
  if (typeof hash !== 'string') throw new Error(`${where} carries no hash, so was not written by this event store`);
  return {
    id: stored.id,
    type: stored.type,
    data: stored.data,
    metadata: metadata as EventMetadata,
    streamId: stored.streamId,
    version: stored.revision,
    position: { commit: stored.position.commit, prepare: stored.position.prepare },
    storedAt: stored.created,
    hash,
  };
}

export function positionOf(resolved: AllStreamResolvedEvent): Position {
  const position = resolved.event?.position ?? resolved.link?.position;
  if (!position) throw new Error('KurrentDB returned an event of $all without its position');
  return position;
}

function metadataObject(metadata: unknown, where: string): Record<string, unknown> {
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata) || metadata instanceof Uint8Array) {
    throw new Error(`${where} has no JSON object for metadata, so was not written by this event store`);
  }
  return metadata as Record<string, unknown>;
}

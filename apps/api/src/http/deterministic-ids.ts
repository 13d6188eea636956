import { createHash, randomUUID } from 'node:crypto';

const NAMESPACE = Buffer.from('6f1c2b1e9d3a4c5b8e7f0a1b2c3d4e5f', 'hex');

/** RFC 9562 version-5 UUID: the same name always gives the same id. */
export function uuidV5(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Ids for what one request writes. Under an Idempotency-Key they are derived from the caller and
 * the key, so a retry after a crash writes the same ids and the event store recognises it.
 */
export interface RequestIds {
  petitionId(): string;
  eventId(index: number): string;
}

export function requestIds(actorId: string, idempotencyKey: string | undefined): RequestIds {
  if (!idempotencyKey) return { petitionId: () => randomUUID(), eventId: () => randomUUID() };
  const scope = `${actorId}\n${idempotencyKey}`;
  return { petitionId: () => uuidV5(`${scope}\npetition`), eventId: (index) => uuidV5(`${scope}\nevent\n${index}`) };
}

/**
 * The id of a record a request creates (a hearing, a supervision, an attachment). Under an
 * Idempotency-Key it is derived from the caller, the key and the kind of record, as `requestIds`
 * derives event ids, so a retry after a crash names the same record.
 */
export function mintedId(context: { readonly actor: { readonly id: string }; readonly idempotencyKey?: string }, record: string): string {
  return context.idempotencyKey ? uuidV5(`${context.actor.id}\n${context.idempotencyKey}\n${record}`) : randomUUID();
}

import { createHash } from 'node:crypto';
import type { RecordedEvent } from './event-store.port.js';

/**
 * A canonical JSON text (RFC 8785 in spirit): object keys sorted by UTF-16 code units, no
 * whitespace, numbers and strings as `JSON.stringify` writes them. Equal values always encode
 * to equal text, whatever order their keys were built in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`Cannot encode the number ${value} canonically`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  throw new TypeError(`Cannot encode a ${typeof value} canonically`);
}

/** The canonical encoding of what an event's hash covers besides its place in the chain. */
export function canonicalEventBody(event: { type: string; data: unknown; metadata: unknown }): string {
  return canonicalJson({ type: event.type, data: event.data, metadata: event.metadata });
}

/**
 * sha256(previous hash hex + "\n" + version + "\n" + canonical body), hex. The PostgreSQL adapter
 * computes the same text in SQL; any adapter must, so that one verifier serves every store.
 */
export function computeEventHash(previousHash: string | null, version: bigint, canonicalBody: string): string {
  return createHash('sha256').update(`${previousHash ?? ''}\n${version}\n${canonicalBody}`, 'utf8').digest('hex');
}

export type ChainVerification =
  | { readonly intact: true; readonly eventsChecked: number; readonly lastHash: string | null }
  | {
      readonly intact: false;
      readonly eventsChecked: number;
      readonly firstMismatch: { readonly eventId: string; readonly version: bigint; readonly storedHash: string; readonly computedHash: string };
    };

/** Recomputes a whole stream's chain from its first event and names the first event that does not match. */
export function verifyHashChain(events: readonly RecordedEvent[]): ChainVerification {
  let previousHash: string | null = null;
  let checked = 0;
  for (const event of events) {
    checked++;
    const computedHash = computeEventHash(previousHash, event.version, canonicalEventBody(event));
    if (computedHash !== event.hash || event.version !== BigInt(checked - 1)) {
      return {
        intact: false,
        eventsChecked: checked,
        firstMismatch: { eventId: event.id, version: event.version, storedHash: event.hash, computedHash },
      };
    }
    previousHash = event.hash;
  }
  return { intact: true, eventsChecked: checked, lastHash: previousHash };
}

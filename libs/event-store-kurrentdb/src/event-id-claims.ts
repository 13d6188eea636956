import { jsonEvent, NO_STREAM, START } from '@kurrent/kurrentdb-client';
import { DuplicateEventIdError } from '@xinfang/event-store';
import type { KurrentDbClient } from './kurrentdb-client.js';
import { isClientWrongExpectedVersion } from './kurrentdb-errors.js';

/**
 * KurrentDB knows an event id only within its stream, while the port refuses an id used in any
 * other stream (PostgreSQL has a unique index). So each id is claimed for its stream before it is
 * appended: the first event of a stream of its own, written only if that stream does not exist.
 * A claim outlives an append that then fails, which only keeps the id for the same stream.
 */
export const EVENT_ID_CLAIM_PREFIX = 'xinfang-event-id-';
const CLAIM_TYPE = 'EventIdClaimed';

export function isEventIdClaimStream(streamId: string): boolean {
  return streamId.startsWith(EVENT_ID_CLAIM_PREFIX);
}

export interface ClaimOutcome {
  /** Some ids had been claimed for this stream before: the stream may already hold them. */
  readonly claimedEarlier: boolean;
}

/** Claims every id for `streamId`, or throws `DuplicateEventIdError` naming those another stream holds. */
export async function claimEventIds(client: KurrentDbClient, streamId: string, eventIds: readonly string[]): Promise<ClaimOutcome> {
  const claims = await Promise.all(eventIds.map((eventId) => claim(client, streamId, eventId)));
  const foreign = eventIds.filter((_, index) => claims[index]?.owner !== streamId);
  if (foreign.length > 0) throw new DuplicateEventIdError(streamId, foreign);
  return { claimedEarlier: claims.some((outcome) => !outcome.claimedNow) };
}

async function claim(client: KurrentDbClient, streamId: string, eventId: string): Promise<{ owner: string; claimedNow: boolean }> {
  const claimStream = `${EVENT_ID_CLAIM_PREFIX}${eventId}`;
  try {
    // The claim's own id is random: one derived from the event id alone would make the server take
    // another stream's claim for a retry of this one, and report success.
    await client.appendToStream(claimStream, [jsonEvent({ type: CLAIM_TYPE, data: { streamId } })], { streamState: NO_STREAM });
    return { owner: streamId, claimedNow: true };
  } catch (error) {
    if (!isClientWrongExpectedVersion(error)) throw error;
  }
  for await (const resolved of client.readStream(claimStream, { fromRevision: START, maxCount: 1 })) {
    const owner = (resolved.event?.data as { streamId?: unknown } | undefined)?.streamId;
    if (typeof owner === 'string') return { owner, claimedNow: false };
  }
  throw new Error(`The claim stream ${claimStream} exists but names no stream`);
}


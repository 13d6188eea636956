import { ANY, NO_STREAM, STREAM_EXISTS, type AppendStreamState, type CurrentStreamState } from '@kurrent/kurrentdb-client';
import { WrongExpectedVersionError, type ExpectedVersion } from '@xinfang/event-store';

/** The port's expected version as the client's stream state: each mode has its exact counterpart. */
export function toStreamState(expected: ExpectedVersion): AppendStreamState {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return expected;
  }
}

/**
 * The stream's version in a client `WrongExpectedVersionError`: `null` when it does not exist.
 * A server answering over the older error path reports a missing stream as -1.
 */
export function actualVersionOf(state: CurrentStreamState): bigint | null {
  return state === NO_STREAM || state < 0n ? null : state;
}

/** Refuses, as the server would, an append whose expectation the stream's current version does not meet. */
export function assertExpectedVersion(streamId: string, expected: ExpectedVersion, current: bigint | null): void {
  const met =
    expected === 'any' ||
    (expected === 'no_stream' && current === null) ||
    (expected === 'stream_exists' && current !== null) ||
    (typeof expected === 'bigint' && current === expected);
  if (!met) throw new WrongExpectedVersionError(streamId, expected, current);
}

/**
 * The revision an append is pinned to. Exact expectations go to the server as they are; `any` and
 * `stream_exists` are pinned to the revision just read, because the hashes were chained from the
 * event at that revision: appending them anywhere else would fork the chain.
 */
export function pinnedStreamState(expected: ExpectedVersion, current: bigint | null): AppendStreamState {
  if (expected === 'no_stream' || typeof expected === 'bigint') return toStreamState(expected);
  return current ?? NO_STREAM;
}

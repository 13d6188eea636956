import { BACKWARDS, END, FORWARDS, START, type Direction, type ReadRevision } from '@kurrent/kurrentdb-client';
import type { ReadStreamOptions } from '@xinfang/event-store';

export interface StreamWindow {
  readonly direction: Direction;
  readonly fromRevision: ReadRevision;
  readonly maxCount: number;
}

/**
 * The client read that covers the port's `readStream` options, or `null` when they select nothing.
 * A `to` with no `from` cannot be turned into a count: the reader stops on passing it instead.
 */
export function streamWindow(options: ReadStreamOptions): StreamWindow | null {
  const backwards = options.direction === 'backwards';
  let maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
  if (options.from !== undefined && options.to !== undefined) {
    const span = backwards ? options.from - options.to : options.to - options.from;
    if (span < 0n) return null;
    if (span < BigInt(maxCount)) maxCount = Number(span) + 1;
  }
  if (maxCount <= 0) return null;
  return {
    direction: backwards ? BACKWARDS : FORWARDS,
    fromRevision: options.from ?? (backwards ? END : START),
    maxCount,
  };
}

/** Whether a version read in `direction` has gone past the window's `to`. */
export function isPast(options: ReadStreamOptions, version: bigint): boolean {
  if (options.to === undefined) return false;
  return options.direction === 'backwards' ? version < options.to : version > options.to;
}

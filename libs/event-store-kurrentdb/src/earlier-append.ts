import { DuplicateEventIdError, WrongExpectedVersionError, type ExpectedVersion, type RecordedEvent } from '@xinfang/event-store';

/**
 * Whether appending `eventIds` to a stream holding `stored` (all of it, in order) repeats an
 * earlier append, with the PostgreSQL adapter's rules: the same ids, in the same order, at a place
 * the caller's expectation allows, is a retry, and its last stored event is returned; ids the
 * stream already holds in any other arrangement are refused; ids it does not hold give `undefined`.
 */
export function findEarlierAppend(
  streamId: string,
  stored: readonly RecordedEvent[],
  eventIds: readonly string[],
  expected: ExpectedVersion,
): RecordedEvent | undefined {
  const indexById = new Map(stored.map((event, index) => [event.id, index]));
  const reused = eventIds.filter((id) => indexById.has(id));
  if (reused.length === 0) return undefined;

  const start = eventIds[0] === undefined ? undefined : indexById.get(eventIds[0]);
  if (start === undefined || !eventIds.every((id, offset) => stored[start + offset]?.id === id)) {
    throw new DuplicateEventIdError(streamId, reused);
  }
  const first = stored[start]!;
  const current = stored.at(-1)!.version;
  if ((expected === 'no_stream' && first.version !== 0n) || (typeof expected === 'bigint' && expected !== first.version - 1n)) {
    throw new WrongExpectedVersionError(streamId, expected, current);
  }
  return stored[start + eventIds.length - 1];
}

/** Ids repeated within one batch, which no store can hold twice. */
export function repeatedIds(eventIds: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of eventIds) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}

import { compareLogPositions, type EventStore, type LogPosition, type ReadAllOptions, type RecordedEvent } from '@xinfang/event-store';

interface Pending {
  readonly from: LogPosition | null;
  readonly limit: number;
  readonly options: ReadAllOptions | undefined;
  readonly events: Promise<RecordedEvent[]>;
}

/**
 * The event store, for a reader that walks the log from start to end (a rebuild): each `readAll`
 * also starts reading the batch after it, so that the store reads batch n+1 while the caller
 * applies batch n. Any other call is passed through; a read ahead that fails is read again.
 */
export function readingAhead(store: EventStore): EventStore {
  let pending: Pending | undefined;
  const samePosition = (a: LogPosition | null, b: LogPosition | null) => (a === null || b === null ? a === b : compareLogPositions(a, b) === 0);
  const start = (from: LogPosition | null, limit: number, options: ReadAllOptions | undefined): Pending => {
    const events = store.readAll(from, limit, options);
    events.catch(() => undefined);
    return { from, limit, options, events };
  };
  return {
    appendToStream: (...args) => store.appendToStream(...args),
    readStream: (...args) => store.readStream(...args),
    headPosition: () => store.headPosition(),
    close: () => store.close(),
    readAll: async (from, limit, options) => {
      const hit = pending && samePosition(pending.from, from) && pending.limit === limit && sameOptions(pending.options, options) ? pending : undefined;
      pending = undefined;
      const events = hit ? await hit.events.catch(() => store.readAll(from, limit, options)) : await store.readAll(from, limit, options);
      const last = events.at(-1);
      if (last && events.length === limit) pending = start(last.position, limit, options);
      return events;
    },
  };
}

function sameOptions(a: ReadAllOptions | undefined, b: ReadAllOptions | undefined): boolean {
  const types = (options: ReadAllOptions | undefined) => options?.eventTypes?.join('\n');
  return a?.streamPrefix === b?.streamPrefix && types(a) === types(b);
}

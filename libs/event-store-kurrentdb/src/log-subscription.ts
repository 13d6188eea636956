import { START } from '@kurrent/kurrentdb-client';
import { compareLogPositions, type LogPosition, type RecordedEvent } from '@xinfang/event-store';
import { positionOf, toRecordedEvent } from './event-mapping.js';
import type { KurrentDbClient } from './kurrentdb-client.js';
import { translateFailure } from './kurrentdb-errors.js';
import { isInScope, serverFilterFor, type LogScope } from './log-filter.js';

export interface LogSubscription {
  /**
   * Resolves once closed. Rejects when the subscription fails (`EventStoreUnavailableError` when
   * the server went away): it does not resubscribe by itself, so the caller starts again from the
   * last position it handled. Observe it, or a failure is an unhandled rejection.
   */
  readonly done: Promise<void>;
  close(): Promise<void>;
}

/**
 * Events in `scope` after `from` (exclusive, as KurrentDB's `fromPosition` is for subscriptions),
 * then live ones. The server filters on the stream prefixes; `onEvent` is awaited before the next
 * event is taken, so a slow handler holds the subscription back instead of piling events up.
 */
export function subscribeToLog(
  client: KurrentDbClient,
  scope: LogScope,
  from: LogPosition | null,
  onEvent: (event: RecordedEvent) => Promise<void> | void,
): LogSubscription {
  const subscription = client.subscribeToAll({ fromPosition: from ?? START, filter: serverFilterFor(scope) });
  let closing = false;
  const done = (async () => {
    try {
      for await (const resolved of subscription) {
        if (closing) return;
        if (!resolved.event || !isInScope(scope, resolved.event)) continue;
        if (from && compareLogPositions(positionOf(resolved), from) <= 0) continue;
        await onEvent(toRecordedEvent(resolved));
      }
    } catch (error) {
      if (!closing) throw translateFailure(error);
    }
  })();
  return {
    done,
    close: async () => {
      closing = true;
      await subscription.unsubscribe();
      await done;
    },
  };
}

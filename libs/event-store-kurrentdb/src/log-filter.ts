import { excludeSystemEvents, streamNameFilter, type Filter } from '@kurrent/kurrentdb-client';
import { isEventIdClaimStream } from './event-id-claims.js';

/**
 * Which of the log's events the store's readers see: the service's own, never KurrentDB's system
 * events (`$`-prefixed streams and types) nor the adapter's event-id claims.
 */
export interface LogScope {
  /** The service's stream prefixes; every stream when empty. */
  readonly streamPrefixes: readonly string[];
  /** A reader's further restriction (`readAll`'s `streamPrefix`). */
  readonly streamPrefix?: string;
  /** A reader's event types (`readAll`'s `eventTypes`), checked here: the server filters on one thing only. */
  readonly eventTypes?: readonly string[];
}

/** The filter KurrentDB applies itself, so that a reader does not page through the whole log. */
export function serverFilterFor(scope: LogScope): Filter {
  if (scope.streamPrefix !== undefined) return streamNameFilter({ prefixes: [scope.streamPrefix] });
  if (scope.streamPrefixes.length > 0) return streamNameFilter({ prefixes: [...scope.streamPrefixes] });
  return excludeSystemEvents();
}

/** The same decision made again on each event, exactly, and covering what the server filter cannot. */
export function isInScope(scope: LogScope, event: { readonly streamId: string; readonly type: string }): boolean {
  const { streamId, type } = event;
  if (streamId.startsWith('$') || type.startsWith('$') || isEventIdClaimStream(streamId)) return false;
  if (scope.streamPrefixes.length > 0 && !scope.streamPrefixes.some((prefix) => streamId.startsWith(prefix))) return false;
  if (scope.eventTypes !== undefined && !scope.eventTypes.includes(type)) return false;
  return scope.streamPrefix === undefined || streamId.startsWith(scope.streamPrefix);
}

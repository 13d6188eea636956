import { DuplicateEventIdError, EventStoreUnavailableError, WrongExpectedVersionError, type ExpectedVersion } from '@xinfang/event-store';
import { EVENT_ID_UNIQUE_CONSTRAINT, SQLSTATE } from './sqlstate.js';

interface PostgresErrorFields {
  readonly code?: unknown;
  readonly detail?: unknown;
  readonly constraint?: unknown;
  readonly message?: unknown;
  readonly errors?: unknown;
}

const NETWORK_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const CONNECTION_LOST_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Query read timeout',
];

/**
 * Server gone, unreachable or refusing connections: worth retrying later, unlike a bad request.
 * Reads fields rather than testing `instanceof`, since socket errors may come from another realm.
 */
export function isConnectionFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, errors } = error as PostgresErrorFields;
  if (typeof code === 'string' && (NETWORK_ERROR_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08'))) return true;
  if (Array.isArray(errors) && errors.some(isConnectionFailure)) return true;
  return typeof message === 'string' && CONNECTION_LOST_MESSAGES.some((lost) => message.startsWith(lost));
}

export function translateFailure(error: unknown): unknown {
  if (isConnectionFailure(error)) {
    return new EventStoreUnavailableError(`PostgreSQL event store unavailable: ${String((error as PostgresErrorFields).message)}`, { cause: error });
  }
  return error;
}

/** Some id of the batch is already stored: a retry, or a duplicate, as `find_retried_append` decides. */
export function isEventIdTaken(error: unknown): boolean {
  const { code, constraint } = (error ?? {}) as PostgresErrorFields;
  return code === SQLSTATE.uniqueViolation && constraint === EVENT_ID_UNIQUE_CONSTRAINT;
}

export function translateAppendFailure(error: unknown, streamId: string, expected: ExpectedVersion, eventIds: readonly string[]): unknown {
  const { code, detail } = (error ?? {}) as PostgresErrorFields;
  if (code === SQLSTATE.wrongExpectedVersion) {
    return new WrongExpectedVersionError(streamId, expected, typeof detail === 'string' && /^\d+$/.test(detail) ? BigInt(detail) : null);
  }
  if (code === SQLSTATE.duplicateEventId) {
    return new DuplicateEventIdError(streamId, typeof detail === 'string' ? detail.split(',') : eventIds);
  }
  if (isEventIdTaken(error)) {
    const taken = typeof detail === 'string' ? /=\(([0-9a-f-]{36})\)/i.exec(detail)?.[1] : undefined;
    return new DuplicateEventIdError(streamId, taken ? [taken] : eventIds);
  }
  return translateFailure(error);
}

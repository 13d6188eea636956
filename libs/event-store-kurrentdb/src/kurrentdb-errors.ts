import { convertToCommandError, ErrorType, type CommandError, type WrongExpectedVersionError as ClientWrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import {
  DuplicateEventIdError,
  EventStoreUnavailableError,
  WrongExpectedVersionError,
  type ExpectedVersion,
} from '@xinfang/event-store';
import { actualVersionOf } from './expected-version.js';

/**
 * Worth retrying later: the server is down, unreachable, too slow, or not the leader (the client
 * reconnects to the leader on the next call, as it does after `unavailable`).
 */
const UNAVAILABLE: ReadonlySet<string> = new Set([
  ErrorType.UNAVAILABLE,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.CANCELLED,
  ErrorType.NOT_LEADER,
]);

/** Cluster discovery gives up with a plain Error carrying this message. */
const DISCOVERY_FAILED = /^Failed to discover after \d+ attempts/;

/**
 * The client's error as a command error. Most calls reject with one already, but a call that first
 * asks the server for its features can reject with the bare gRPC error (code 14 when down).
 */
export function commandErrorOf(error: unknown): CommandError | undefined {
  if (!(error instanceof Error)) return undefined;
  const converted = convertToCommandError(error);
  const type = (converted as { type?: unknown }).type;
  return typeof type === 'string' ? (converted as CommandError) : undefined;
}

export function isClientWrongExpectedVersion(error: unknown): error is ClientWrongExpectedVersionError {
  return commandErrorOf(error)?.type === ErrorType.WRONG_EXPECTED_VERSION;
}

export function isStreamNotFound(error: unknown): boolean {
  return commandErrorOf(error)?.type === ErrorType.STREAM_NOT_FOUND;
}

/** A failure as the port's callers know it: unavailability as `EventStoreUnavailableError`, the rest as it came. */
export function translateFailure(error: unknown): unknown {
  if (error instanceof WrongExpectedVersionError || error instanceof DuplicateEventIdError || error instanceof EventStoreUnavailableError) {
    return error;
  }
  const commandError = commandErrorOf(error);
  if (commandError && UNAVAILABLE.has(commandError.type)) {
    return new EventStoreUnavailableError(`KurrentDB event store unavailable: ${commandError.message || commandError.type}`, { cause: error });
  }
  if (error instanceof Error && DISCOVERY_FAILED.test(error.message)) {
    return new EventStoreUnavailableError(`KurrentDB event store unavailable: ${error.message}`, { cause: error });
  }
  return commandError ?? error;
}

/** The server's refusal, reported for the caller's own expectation rather than the revision the adapter pinned. */
export function toWrongExpectedVersion(error: ClientWrongExpectedVersionError, streamId: string, expected: ExpectedVersion): WrongExpectedVersionError {
  return new WrongExpectedVersionError(streamId, expected, actualVersionOf(error.actualState));
}

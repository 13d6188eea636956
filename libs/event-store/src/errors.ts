import type { ExpectedVersion } from './event-store.port.js';

export class WrongExpectedVersionError extends Error {
  override readonly name = 'WrongExpectedVersionError';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    /** The stream's version when the append was refused; `null` when it does not exist. */
    readonly actual: bigint | null,
  ) {
    super(`Stream ${streamId}: expected version ${String(expected)}, but it is at ${actual === null ? 'no stream' : String(actual)}`);
  }
}

/** Some of the appended event ids already exist elsewhere, so the append is not a retry of an earlier one. */
export class DuplicateEventIdError extends Error {
  override readonly name = 'DuplicateEventIdError';
  constructor(readonly streamId: string, readonly eventIds: readonly string[]) {
    super(`Stream ${streamId}: event ids already used by other events: ${eventIds.join(', ')}`);
  }
}

export class EventStoreUnavailableError extends Error {
  override readonly name = 'EventStoreUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

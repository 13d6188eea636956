import type { PetitionState } from '@xinfang/petition';

/**
 * The write side's snapshots of long case histories: a command or GET /petitions/{id} folds the
 * latest snapshot and the events after it instead of the whole stream. AppModule binds the
 * PostgreSQL store to it, whichever event store keeps the events.
 */
export const CASE_SNAPSHOTS = Symbol('CASE_SNAPSHOTS');

/** One recorded event as GET /petitions/{id} lists it among the case's steps. */
export interface StepRecord {
  readonly version: number;
  readonly type: string;
  readonly businessDate?: string;
  readonly recordedAt: string;
  readonly actor: { readonly id: string; readonly name: string; readonly role: string };
}

export interface CaseSnapshot {
  /** How many events of the stream it covers: the tail starts at this version. */
  readonly version: number;
  /** `PETITION_STATE_SHAPE` when it was folded: a snapshot of another shape is never folded on. */
  readonly shape: number;
  /** The id of the last event it covers: a snapshot whose stream does not hold that event there is ignored. */
  readonly lastEventId: string;
  /** Log position of that event (`commit-prepare`). */
  readonly position: string;
  readonly state: PetitionState;
  /** The covered events as steps, for GET /petitions/{id}; undefined when read without them. */
  readonly steps?: readonly StepRecord[];
  /**
   * The data subjects whose personal data the state holds opened. The store writes a snapshot only
   * while every one of them still has its key, and erasure forgets the case's snapshots.
   */
  readonly subjects: readonly string[];
  /** The first event id of every covered request made with an Idempotency-Key, so a retry is recognised. */
  readonly keyedEventIds: readonly string[];
}

export interface CaseSnapshots {
  /** The case's latest snapshot, of whatever shape, with its steps if asked; undefined when it has none. */
  latest(petitionId: string, withSteps: boolean): Promise<CaseSnapshot | undefined>;
  /**
   * Keeps it unless a snapshot of the same shape covering as much is already kept, or one of its
   * subjects' keys has been destroyed meanwhile (then nothing is written). True when written.
   */
  save(petitionId: string, snapshot: CaseSnapshot): Promise<boolean>;
  /** Drops the case's snapshots (an erasure, or one that does not match its stream). */
  forget(petitionId: string): Promise<void>;
}

import type { IsoDate } from './business-date.js';
import type { HearingStatus } from '../hearing/hearing.types.js';
import type { MediationStatus } from '../mediation/mediation.types.js';
import type { EnrolmentStatus } from '../programme/programme.types.js';
import type { PetitionCommandType } from './petition.commands.js';
import type { PetitionEventType } from './petition.events.js';
import type { PetitionStage, PetitionState } from './petition.state.js';
import type { PetitionStep } from './petition.steps.js';

/** A command for a petition whose stream has no events (→ 404). */
export class PetitionNotFoundError extends Error {
  override readonly name = 'PetitionNotFoundError';
  constructor(readonly command: PetitionCommandType) {
    super(`There is no petition to apply ${command} to`);
  }
}

/**
 * A record of the case a command names by its id in the path — a hearing, a recusal request, a plan
 * task, a mediation obligation — that the case does not hold (→ 404 naming `field`, as an unknown
 * case or supervision is).
 */
export class CaseRecordNotFoundError extends Error {
  override readonly name = 'CaseRecordNotFoundError';
  constructor(readonly command: PetitionCommandType, readonly field: string, readonly id: string, what: string) {
    super(`The case has no ${what} ${id} (${field}, ${command})`);
  }
}

/** RegisterPetition on a stream that already holds a petition (→ 409). */
export class PetitionAlreadyExistsError extends Error {
  override readonly name = 'PetitionAlreadyExistsError';
  constructor(readonly petitionId: string, readonly receiptNumber: string) {
    super(`Petition ${petitionId} is already registered, as ${receiptNumber}`);
  }
}

/** The petition's stage does not allow this step (→ 409). */
export class TransitionRefusedError extends Error {
  override readonly name = 'TransitionRefusedError';
  constructor(
    readonly stage: PetitionStage,
    readonly command: PetitionCommandType,
    readonly step: PetitionStep,
    readonly allowedNext: PetitionStep[],
  ) {
    const next = allowedNext.length > 0 ? allowedNext.join(', ') : 'none';
    super(`A petition in stage ${stage} cannot ${step} (${command}); allowed next: ${next}`);
  }
}

/**
 * The actor may not take this step on this case, whatever its content: not on the hearing's panel,
 * not its chair, or recording another member's opinion (→ 403). The API checks roles; this is the
 * part of permission that only the case's record can answer.
 */
export class NotPermittedError extends Error {
  override readonly name = 'NotPermittedError';
  constructor(
    readonly command: PetitionCommandType,
    readonly actorId: string,
    readonly reason: string,
  ) {
    super(`${actorId} may not do this (${command}): ${reason}`);
  }
}

/** A fact recorded only once is already on record: a member's opinion, the extension, the rating (→ 409). */
export class AlreadyRecordedError extends Error {
  override readonly name = 'AlreadyRecordedError';
  constructor(
    readonly command: PetitionCommandType,
    readonly step: PetitionStep,
    /** The business date of the record already there. */
    readonly recordedOn: IsoDate,
    what: string,
  ) {
    super(`${what} was already recorded, on ${recordedOn}; it is recorded only once`);
  }
}

type Proceeding = 'hearing' | 'mediation' | 'programme';
type ProceedingStatus = HearingStatus | MediationStatus | EnrolmentStatus | 'none';

/**
 * The hearing, mediation or programme enrolment a step concerns is not in a status that allows it:
 * opinions on a concluded hearing, a second open hearing, a session with no mediation running,
 * a second open programme, a sign-off after a rebound (→ 409).
 */
export class ProceedingStateError extends Error {
  override readonly name = 'ProceedingStateError';
  readonly command: PetitionCommandType;
  readonly proceeding: Proceeding;
  /** The proceeding's status; `none` when there is no such proceeding. */
  readonly status: ProceedingStatus;
  readonly hearingId?: string;
  constructor(
    details: { command: PetitionCommandType; proceeding: Proceeding; status: ProceedingStatus; hearingId?: string },
    message: string,
  ) {
    super(message);
    this.command = details.command;
    this.proceeding = details.proceeding;
    this.status = details.status;
    if (details.hearingId !== undefined) this.hearingId = details.hearingId;
  }
}

export interface RuleViolation {
  /** The command data field at fault, as a path: `receivedAt`, `petitioners[1].idNumber`. */
  field: string;
  message: string;
}

/** The command's content breaks business rules; every broken rule is listed (→ 422). */
export class RuleViolationError extends Error {
  override readonly name = 'RuleViolationError';
  constructor(readonly violations: RuleViolation[]) {
    super(`The petition rules refuse this: ${violations.map((v) => `${v.field}: ${v.message}`).join('; ')}`);
  }
}

/** The stream holds an event that cannot follow the ones before it: a defect, not a user error (→ 500). */
export class CorruptPetitionStreamError extends Error {
  override readonly name = 'CorruptPetitionStreamError';
  constructor(readonly eventType: PetitionEventType, readonly stage: PetitionState['status']) {
    super(`A ${eventType} event cannot follow a petition in stage ${stage}`);
  }
}

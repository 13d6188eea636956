import type { IsoDate } from './business-date.js';
import type { AcceptanceDecision, AcceptanceDecisionKind } from './petition.commands.js';
import type { PetitionEventType, RegistrationFacts } from './petition.events.js';

/** One business date per step, in the order the steps were recorded. */
export interface TimelineEntry {
  event: PetitionEventType;
  date: IsoDate;
}

/** What every stage after registration carries: the registration facts and the timeline. */
export interface PetitionCase extends RegistrationFacts {
  timeline: TimelineEntry[];
}

/** An acceptance decision as taken: the decision with its business date. */
export type AcceptanceRecord = AcceptanceDecision & { decidedAt: IsoDate };
export type AcceptanceRecordOf<Kind extends AcceptanceDecisionKind> = Extract<AcceptanceRecord, { decision: Kind }>;
/** 转送 or 交办: handed to a unit, which may take it or object. */
export type HandoverRecord = AcceptanceRecordOf<'forwarded' | 'assigned'>;

export interface NoPetition {
  status: 'none';
}

export interface RegisteredPetition extends PetitionCase {
  status: 'registered';
}

export interface ForwardedPetition extends PetitionCase {
  status: 'forwarded';
  acceptance: AcceptanceRecordOf<'forwarded'>;
}

export interface AssignedPetition extends PetitionCase {
  status: 'assigned';
  acceptance: AcceptanceRecordOf<'assigned'>;
}

export interface AcceptedPetition extends PetitionCase {
  status: 'accepted';
  acceptance: AcceptanceRecordOf<'accepted'>;
  /** The forwarding or assignment the handling unit accepted from, if it came that way. */
  handover?: HandoverRecord;
}

export interface NotAcceptedPetition extends PetitionCase {
  status: 'not_accepted';
  acceptance: AcceptanceRecordOf<'not_accepted'>;
}

export interface DivertedPetition extends PetitionCase {
  status: 'diverted';
  acceptance: AcceptanceRecordOf<'diverted'>;
}

export type PetitionState =
  | NoPetition
  | RegisteredPetition
  | ForwardedPetition
  | AssignedPetition
  | AcceptedPetition
  | NotAcceptedPetition
  | DivertedPetition;

/** A petition that exists: any state but `none`. */
export type ExistingPetition = Exclude<PetitionState, NoPetition>;
export type PetitionStage = ExistingPetition['status'];

export function initialState(): PetitionState {
  return { status: 'none' };
}

/** The business date of the latest step: a new step's date may not precede it. */
export function latestBusinessDate(petition: PetitionCase): TimelineEntry {
  return petition.timeline.at(-1) ?? { event: 'PetitionRegistered', date: petition.receivedAt };
}

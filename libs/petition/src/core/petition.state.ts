import { compareIsoDates, type IsoDate } from './business-date.js';
import type { PetitionAccepted, PetitionAssigned, PetitionChannelled, PetitionDiverted, PetitionForwarded, PetitionNotAccepted, UnitObjected } from '../acceptance/acceptance.events.js';
import type { PetitionReclassified } from '../classification/classification.events.js';
import type { HandlingExtended, HandlingOpinionIssued, PetitionClosed, SatisfactionRated } from '../handling/handling.events.js';
import type { Hearing } from '../hearing/hearing.types.js';
import type { Mediation } from '../mediation/mediation.types.js';
import type { Enrolment } from '../programme/programme.types.js';
import type { RegistrationFacts } from '../intake/intake.events.js';
import type { PetitionEventType } from './petition.events.js';
import type { UnitHandover } from '../handover/handover.types.js';
import type { CaseLink, ClaimType } from './petition.types.js';
import type { ReviewOpinion, ReviewRequest } from '../review/review.events.js';
import type { CaseFile } from '../case-file/case-file.record.js';
import type { CaseOwner, Instruction, Reception, Supervision } from '../supervision/supervision.types.js';

/** One business date per step, in the order the steps were recorded. */
export interface TimelineEntry {
  event: PetitionEventType;
  date: IsoDate;
}

/** What every stage after registration carries: the registration facts as reclassified, the side records, the timeline. */
export interface PetitionCase extends Omit<RegistrationFacts, 'priorConcludedCases' | 'relatedCases'> {
  /** The same matter was concluded by a final review in `priorConcludedCases` (Art. 36 ¶3). */
  concludedMatter: boolean;
  priorConcludedCases: CaseLink[];
  relatedCases: CaseLink[];
  objections: Objection[];
  reclassifications: Reclassification[];
  timeline: TimelineEntry[];
  /** The legal route (Arts. 29–31), from the first acceptance decision on; a decision that recorded none reads `claim`. */
  claimType?: ClaimType;
  /** Every forwarding or assignment with the receiving unit's work on it, in order (from the first one on). */
  handovers?: UnitHandover[];
  /** 卷宗: attachments and issued documents; absent until the first. */
  caseFile?: CaseFile;
  /** Mock-court hearings of a case in the programme before its acceptance (from the acceptance on, `HandledCase.hearings` holds every hearing). */
  hearings?: Hearing[];
  /** 积案化解: the programmes the case was enrolled in, the current one last; absent until the first. */
  enrolments?: Enrolment[];
  /** 督查督办: every supervision of the case, in the order issued; absent until the first. */
  supervisions?: Supervision[];
  /** 包案: the leader who owns the case now; absent until one is named. */
  owner?: CaseOwner;
  /** 接访 and 批示: the leaders' receptions and instructions, in the order recorded; absent until the first. */
  receptions?: Reception[];
  instructions?: Instruction[];
}

/** An acceptance decision as taken: the decision with its business date. */
export type AcceptanceRecord =
  | ({ decision: 'accepted' } & PetitionAccepted['data'])
  | ({ decision: 'not_accepted' } & PetitionNotAccepted['data'])
  | ({ decision: 'forwarded' } & PetitionForwarded['data'])
  | ({ decision: 'assigned' } & PetitionAssigned['data'])
  | ({ decision: 'diverted' } & PetitionDiverted['data'])
  | ({ decision: 'channelled' } & PetitionChannelled['data']);
export type AcceptanceRecordOf<Kind extends AcceptanceRecord['decision']> = Extract<AcceptanceRecord, { decision: Kind }>;
/** 转送 or 交办: handed to a unit, which may take it or object. */
export type HandoverRecord = AcceptanceRecordOf<'forwarded' | 'assigned'>;

/** A unit's objection, with the handover it objected to. */
export type Objection = UnitObjected['data'] & { handover: HandoverRecord };
export type Reclassification = PetitionReclassified['data'];
export type HandlingExtension = HandlingExtended['data'];
export type HandlingOpinion = HandlingOpinionIssued['data'];
export type Closure = PetitionClosed['data'];
export type SatisfactionRating = SatisfactionRated['data'];
export interface Review {
  request: ReviewRequest;
  opinion?: ReviewOpinion;
}
export type CompletedReview = Required<Review>;

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

/** The receiving unit objected; the bureau decides again (its latest objection is `objections.at(-1)`). */
export interface ObjectedPetition extends PetitionCase {
  status: 'objected';
}

export interface NotAcceptedPetition extends PetitionCase {
  status: 'not_accepted';
  acceptance: AcceptanceRecordOf<'not_accepted'>;
}

export interface DivertedPetition extends PetitionCase {
  status: 'diverted';
  acceptance: AcceptanceRecordOf<'diverted'>;
}

/** A claim channelled into the legal procedure that governs it (依法分类处理, Art. 31). */
export interface ChannelledPetition extends PetitionCase {
  status: 'channelled';
  acceptance: AcceptanceRecordOf<'channelled'>;
}

/** Accepted and after: what handling (办理) recorded, kept through closure and review. */
export interface HandledCase extends PetitionCase {
  acceptance: AcceptanceRecordOf<'accepted'>;
  /** The forwarding or assignment the handling unit accepted from, if it came that way. */
  handover?: HandoverRecord;
  /** Every hearing of the case, in handling, review and final review, in the order scheduled. */
  hearings: Hearing[];
  mediations: Mediation[];
  extension?: HandlingExtension;
}

/** Handling (办理): hearings, mediation, an extension, until the opinion or closure. */
export interface AcceptedPetition extends HandledCase {
  status: 'accepted';
}

export interface OpinionServedPetition extends HandledCase {
  status: 'opinion_served';
  opinion: HandlingOpinion;
}

/** 办结: with an opinion when closed as `opinion_served`. */
export interface ClosedPetition extends HandledCase {
  status: 'closed';
  opinion?: HandlingOpinion;
  closure: Closure;
  rating?: SatisfactionRating;
}

/** Under review and after: the opinion is reviewed whether or not the case was closed first. */
interface ReviewedCase extends HandledCase {
  opinion: HandlingOpinion;
  closure?: Closure;
  rating?: SatisfactionRating;
}

export interface UnderReviewPetition extends ReviewedCase {
  status: 'under_review';
  review: Review;
}

export interface ReviewedPetition extends ReviewedCase {
  status: 'reviewed';
  review: CompletedReview;
}

export interface UnderFinalReviewPetition extends ReviewedCase {
  status: 'under_final_review';
  review: CompletedReview;
  finalReview: Review;
}

/** 终结: the final review answered; no step follows. */
export interface ConcludedPetition extends ReviewedCase {
  status: 'concluded';
  review: CompletedReview;
  finalReview: CompletedReview;
}

export type PetitionState =
  | NoPetition
  | RegisteredPetition
  | ForwardedPetition
  | AssignedPetition
  | ObjectedPetition
  | AcceptedPetition
  | NotAcceptedPetition
  | DivertedPetition
  | ChannelledPetition
  | OpinionServedPetition
  | ClosedPetition
  | UnderReviewPetition
  | ReviewedPetition
  | UnderFinalReviewPetition
  | ConcludedPetition;

/** A petition that exists: any state but `none`. */
export type ExistingPetition = Exclude<PetitionState, NoPetition>;
export type PetitionStage = ExistingPetition['status'];

/**
 * The version of this file's shape. A folded state kept anywhere (the read side's snapshots) records
 * it, and a state kept under another shape is never folded on: it is folded again from the first
 * event. Raise it whenever a change here changes what a fold produces.
 */
export const PETITION_STATE_SHAPE = 4;

export function initialState(): PetitionState {
  return { status: 'none' };
}

/**
 * The latest business date of any step. Steps inside one stage may be recorded out of date order
 * (a mediation session back-entered after a hearing), so this is the latest date, not the last entry.
 */
export function latestBusinessDate(petition: PetitionCase): TimelineEntry {
  return latestOf(petition.timeline) ?? { event: 'PetitionRegistered', date: petition.receivedAt };
}

/** The entry with the latest date; of equal dates, the one recorded last. */
export function latestOf(entries: readonly TimelineEntry[]): TimelineEntry | undefined {
  return entries.reduce<TimelineEntry | undefined>((latest, entry) => (latest && compareIsoDates(latest.date, entry.date) > 0 ? latest : entry), undefined);
}

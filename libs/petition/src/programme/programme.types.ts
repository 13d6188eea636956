import type { IsoDate } from '../core/business-date.js';
import { BACKLOG_KINDS, type BacklogKind, type Category } from '../core/petition.types.js';

/** 积案化解 with 模拟法庭 (DOMAIN.md "The mock-court programme"): a case's part in a programme. */

/** `simple` 快审快办, `complex` 模拟法庭. */
export const PROGRAMME_TRACKS = ['simple', 'complex'] as const;
export type ProgrammeTrack = (typeof PROGRAMME_TRACKS)[number];

/** Why a matter is in the programme: 四级访未化解, 信访积案, 重复访未化解. */
export const ENROLMENT_REASONS = BACKLOG_KINDS;
export type EnrolmentReason = BacklogKind;

/** The petitioner's attitude at a follow-up visit (回访). */
export const FOLLOW_UP_ATTITUDES = ['satisfied', 'accepts', 'still_disputes'] as const;
export type FollowUpAttitude = (typeof FOLLOW_UP_ATTITUDES)[number];

/** What a resolution (化解, 案结事了) rests on: the agreement performed, the plan done, or a written commitment to stop petitioning (息诉罢访). */
export const RESOLUTION_BASES = ['agreement_performed', 'plan_done', 'written_commitment'] as const;
export type ResolutionBasis = (typeof RESOLUTION_BASES)[number];

/**
 * `enrolled` until resolved; `resolved` until signed off (销号) or a new petition on the matter
 * rebounds it (反弹), which reopens it (`reopened`, resolved again later); `signed_off` ends it.
 */
export const ENROLMENT_STATUSES = ['enrolled', 'resolved', 'reopened', 'signed_off'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];


export interface FollowUp {
  visitedOn: IsoDate;
  visitedBy: string;
  attitude: FollowUpAttitude;
  /** What the petitioner still wants; required while they still dispute. */
  remaining?: string;
}

export interface Resolution {
  resolvedOn: IsoDate;
  basis: ResolutionBasis;
  /** What shows it: the proof of payment, the tasks' evidence, the signed commitment. */
  evidence: string;
}

/** A new petition by the same person on the same matter after the resolution. */
export interface Rebound {
  reboundOn: IsoDate;
  petitionId: string;
  receiptNumber: string;
}

export interface SignOff {
  signedOffOn: IsoDate;
  note?: string;
}

export interface Enrolment {
  programmeId: string;
  programmeName: string;
  /** The last day of the programme's period: after it the case may be enrolled in another. */
  programmeEndsOn: IsoDate;
  enrolledOn: IsoDate;
  track: ProgrammeTrack;
  reason: EnrolmentReason;
  /** 包案领导, by name; `owningLeaderId` is their user id (token `sub`) when they use the system. */
  owningLeader: string;
  owningLeaderId?: string;
  targetDate: IsoDate;
  /** The category the matter was enrolled under (reclassifications later are the case's own). */
  category: Category;
  note?: string;
  status: EnrolmentStatus;
  followUps: FollowUp[];
  resolutions: Resolution[];
  rebounds: Rebound[];
  signOff?: SignOff;
}

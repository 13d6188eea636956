import type { IsoDate } from '../core/business-date.js';

/** The mock court (模拟法庭): who sits on a panel, and the opinions a hearing records. */

export const HEARING_ROLES = ['chair', 'judge', 'lawyer', 'mediator', 'deputy'] as const;
export type HearingRole = (typeof HEARING_ROLES)[number];

/** A panel member's individual opinion on the petitioner's demands, and the chair's conclusion. */
export const OPINION_VALUES = ['supports', 'partially_supports', 'does_not_support'] as const;
export type OpinionValue = (typeof OPINION_VALUES)[number];

export const HEARING_STATUSES = ['scheduled', 'adjourned', 'concluded', 'cancelled'] as const;
export type HearingStatus = (typeof HEARING_STATUSES)[number];

export interface PanelMember {
  /** The member's user id, the `sub` of their token: how they are recognised when they record an opinion. */
  memberId: string;
  name: string;
  role: HearingRole;
}

export interface HearingAttendees {
  /** Whether the petitioner is to attend in person. */
  petitioner: boolean;
  petitionerLawyer?: string;
  responsibleUnit: string;
}

export interface PanelOpinion {
  memberId: string;
  opinion: OpinionValue;
  reasoning: string;
  givenOn: IsoDate;
}

export interface HearingConclusion {
  concludedOn: IsoDate;
  conclusion: OpinionValue;
  findings: string;
  resolutionPlan: string;
  /** 限期办结: the responsible unit resolves the matter by this day. */
  resolveBy: IsoDate;
  /** Members who did not sit, so gave no opinion. */
  absentMemberIds: string[];
}

/** A sitting put off; `rescheduledOn` is set when the hearing is given a new date. */
export interface HearingAdjournment {
  adjournedOn: IsoDate;
  reason: string;
  /** The hearing date the adjournment put off. */
  hearingDate: IsoDate;
  rescheduledOn?: IsoDate;
}

export interface HearingCancellation {
  cancelledOn: IsoDate;
  reason: string;
}

/** The stages a hearing can be held in: handling, review (复查) and final review (复核). */
export const HEARING_STAGES = ['accepted', 'under_review', 'under_final_review'] as const;
export type HearingStage = (typeof HEARING_STAGES)[number];

interface HearingRecord {
  hearingId: string;
  /** The stage the case was in when the hearing was scheduled: a final-review hearing pauses that answer clock. */
  stage: HearingStage;
  scheduledOn: IsoDate;
  /** The day the hearing sits (the latest, after any rescheduling); may be in the future. */
  hearingDate: IsoDate;
  venue: string;
  panel: PanelMember[];
  attendees: HearingAttendees;
  opinions: PanelOpinion[];
  adjournments: HearingAdjournment[];
}

/** Open while scheduled or adjourned; at most one hearing of a case is open at a time. */
export type Hearing = HearingRecord &
  (
    | { status: 'scheduled' }
    | { status: 'adjourned' }
    | { status: 'concluded'; conclusion: HearingConclusion }
    | { status: 'cancelled'; cancellation: HearingCancellation }
  );

import type { IsoDate } from '../core/business-date.js';
import type { PETITION_STAGES } from '../core/petition-stages.js';

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
  /**
   * The member's declaration (recusal, 条例 Art. 28): `true` declares no direct interest in the
   * matter, `false` declares one (and the member is refused). Required on a programme hearing.
   */
  noDirectInterest?: boolean;
  /** Any earlier part in the underlying matter (the judge who tried it, the official who decided it): the member is refused. */
  priorInvolvement?: string;
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

/** A task of the chair's plan: a unit's duty until its due date (the `plan_task` clock). */
export interface PlanTask {
  taskId: string;
  task: string;
  ownerUnit: string;
  dueOn: IsoDate;
}

export interface PlanTaskCompletion {
  completedOn: IsoDate;
  evidence: string;
  /** Attachments of the case file that show it. */
  attachmentIds?: string[];
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
  /** The chair's plan as tasks, when it was given as tasks. */
  planTasks?: PlanTask[];
}

/** A plan task as the case holds it: with its completion once done. */
export type PlanTaskRecord = PlanTask & { completion?: PlanTaskCompletion };
export type ConclusionRecord = Omit<HearingConclusion, 'planTasks'> & { planTasks?: PlanTaskRecord[] };

/** What a petitioner's recusal request asks, and the decision on it. */
export const RECUSAL_OUTCOMES = ['granted', 'refused'] as const;
export type RecusalOutcome = (typeof RECUSAL_OUTCOMES)[number];

export interface RecusalRequest {
  recusalId: string;
  memberId: string;
  /** The petitioner who asks, by name. */
  requestedBy: string;
  grounds: string;
  requestedOn: IsoDate;
}

export interface RecusalDecision {
  outcome: RecusalOutcome;
  reasons: string;
  decidedOn: IsoDate;
  /** The chair, or for a request against the chair the bureau's clerk. */
  decidedBy: string;
}

export type Recusal = RecusalRequest & { decision?: RecusalDecision };

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

/** The stages a hearing can be held in: handling, review (复查) and final review (复核); a case in the programme, any stage. */
export const HEARING_STAGES = ['accepted', 'under_review', 'under_final_review'] as const;
export type HearingStage = (typeof PETITION_STAGES)[number];

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
  /** The programme it was scheduled in, for a case enrolled at the time. */
  programmeId?: string;
  /** The petitioner's recusal requests, when any were made. */
  recusals?: Recusal[];
}

/** Open while scheduled or adjourned; at most one hearing of a case is open at a time. */
export type Hearing = HearingRecord &
  (
    | { status: 'scheduled' }
    | { status: 'adjourned' }
    | { status: 'concluded'; conclusion: ConclusionRecord }
    | { status: 'cancelled'; cancellation: HearingCancellation }
  );

import type { IsoDate } from './business-date.js';
import type { CommandContext } from './command-context.js';
import type { ClosePetition, ExtendHandling, IssueOpinion, RaiseObjection, Reclassify, RecordRating } from './handling.commands.js';
import type { AdjournHearing, CancelHearing, ConcludeHearing, RecordPanelOpinion, RescheduleHearing, ScheduleHearing } from './hearing.commands.js';
import type { RecordMediationAgreement, RecordMediationFailure, RecordMediationSession, StartMediation } from './mediation.commands.js';
import type { BacklogKind, CaseLink, Category, Channel, Petitioner } from './petition.types.js';
import type { IssueFinalReviewOpinion, IssueReviewOpinion, RequestFinalReview, RequestReview } from './review.commands.js';

export type { CommandContext } from './command-context.js';

export interface RegisterPetition {
  type: 'RegisterPetition';
  data: {
    petitionId: string;
    channel: Channel;
    /** The petitioner, or a group's representatives (at most `MAX_REPRESENTATIVES`). */
    petitioners: Petitioner[];
    /** How many people a group petition speaks for; at least the number of representatives. */
    groupSize?: number;
    subject: string;
    content: string;
    demands: string;
    category: Category;
    responsibleUnit: string;
    /** When it reached the bureau; may be earlier than its entry, never later than today. */
    receivedAt: IsoDate;
    backlogKinds?: BacklogKind[];
    /**
     * Earlier cases of the same person and matter that a final review (复核) concluded, as the API
     * found them at intake: the matter is not accepted again without new facts (Art. 36 ¶3).
     */
    priorConcludedCases?: CaseLink[];
    /** Earlier cases of the same person and matter not concluded by a final review. */
    relatedCases?: CaseLink[];
  };
  context: CommandContext;
}

export const ACCEPTANCE_DECISIONS = ['accepted', 'not_accepted', 'forwarded', 'assigned', 'diverted'] as const;

export type AcceptanceDecision =
  | {
      decision: 'accepted';
      handlingUnit: string;
      note?: string;
      /** The user id of the case's handler (承办人), whom recusal keeps off a hearing's chair; defaults to the deciding clerk. */
      handlerId?: string;
      /** Required when the matter was concluded by a final review before (Art. 36 ¶3). */
      newFactsAndReasons?: string;
    } // 受理
  | { decision: 'not_accepted'; reason: string } // 不予受理
  | { decision: 'forwarded'; toUnit: string; note?: string } // 转送
  | { decision: 'assigned'; toUnit: string; note?: string } // 交办
  | { decision: 'diverted'; toOrgan: string; reason?: string }; // 涉法涉诉 → 政法部门 / court

export type AcceptanceDecisionKind = AcceptanceDecision['decision'];

export interface DecideAcceptance {
  type: 'DecideAcceptance';
  /** `decidedAt` defaults to today in Shanghai. */
  data: AcceptanceDecision & { decidedAt?: IsoDate };
  context: CommandContext;
}

export type PetitionCommand =
  | RegisterPetition
  | DecideAcceptance
  | RaiseObjection
  | Reclassify
  | ScheduleHearing
  | RescheduleHearing
  | AdjournHearing
  | CancelHearing
  | RecordPanelOpinion
  | ConcludeHearing
  | StartMediation
  | RecordMediationSession
  | RecordMediationAgreement
  | RecordMediationFailure
  | ExtendHandling
  | IssueOpinion
  | ClosePetition
  | RecordRating
  | RequestReview
  | IssueReviewOpinion
  | RequestFinalReview
  | IssueFinalReviewOpinion;
export type PetitionCommandType = PetitionCommand['type'];

import type { IsoDate } from './business-date.js';
import type { Actor, BacklogKind, Category, Channel, Petitioner } from './petition.types.js';

/** Time and actor come in with the command, so `decide` stays pure. */
export interface CommandContext {
  actor: Actor;
  /** The instant the request arrived; "today" for defaults and the future-date rules. */
  now: Date;
}

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
  };
  context: CommandContext;
}

export const ACCEPTANCE_DECISIONS = ['accepted', 'not_accepted', 'forwarded', 'assigned', 'diverted'] as const;

export type AcceptanceDecision =
  | { decision: 'accepted'; handlingUnit: string; note?: string } // 受理
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

export type PetitionCommand = RegisterPetition | DecideAcceptance;
export type PetitionCommandType = PetitionCommand['type'];

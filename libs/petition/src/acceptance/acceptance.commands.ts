import type { IsoDate } from '../core/business-date.js';
import type { CommandContext } from '../core/command-context.js';
import type { ClaimType, LegalProcedure } from '../core/petition.types.js';

export const ACCEPTANCE_DECISIONS = ['accepted', 'not_accepted', 'forwarded', 'assigned', 'diverted', 'channelled'] as const;

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
  | { decision: 'assigned'; toUnit: string; note?: string; reportBy?: IsoDate } // 交办, with the date the unit reports completion by
  | { decision: 'diverted'; toOrgan: string; reason?: string } // 涉法涉诉 → 政法部门 / court
  | { decision: 'channelled'; procedure: LegalProcedure; receivingBody: string; reason?: string }; // 依法分类处理: a claim into its legal procedure (Art. 31)

export type AcceptanceDecisionKind = AcceptanceDecision['decision'];

export interface DecideAcceptance {
  type: 'DecideAcceptance';
  /** `decidedAt` defaults to today in Shanghai. */
  /** `claimType`: the matter's legal route (Arts. 29–31); absent, the decision records none and the case reads as a claim. */
  data: AcceptanceDecision & { decidedAt?: IsoDate; claimType?: ClaimType };
  context: CommandContext;
}

/** The unit a case was forwarded (转送) or assigned (交办) to objects to taking it (Art. 23 ¶3). */
export interface RaiseObjection {
  type: 'RaiseObjection';
  /** `unit`, when given, must be the receiving unit; a unit's own user objects for its unit. */
  data: { unit?: string; reason: string; objectedAt?: IsoDate };
  context: CommandContext;
}

export type AcceptanceCommand = DecideAcceptance | RaiseObjection;

import type { IsoDate } from '../core/business-date.js';
import type { CommandContext } from '../core/command-context.js';

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

/** The unit a case was forwarded (转送) or assigned (交办) to objects to taking it (Art. 23 ¶3). */
export interface RaiseObjection {
  type: 'RaiseObjection';
  data: { unit: string; reason: string; objectedAt?: IsoDate };
  context: CommandContext;
}

export type AcceptanceCommand = DecideAcceptance | RaiseObjection;

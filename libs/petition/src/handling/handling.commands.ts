import type { IsoDate } from '../core/business-date.js';
import type { CommandContext } from '../core/command-context.js';
import type { ClosureOutcome, OpinionOutcome, Rating } from './handling.types.js';

// Every business date (`…At`, `…On`) is optional and defaults to today in Shanghai.

/** 延期 (Art. 34): once, by 1–30 days, approved, before the 60-day handling period runs out. */
export interface ExtendHandling {
  type: 'ExtendHandling';
  data: { days: number; reason: string; approver: string; extendedOn?: IsoDate };
  context: CommandContext;
}

/** 处理意见书 (Art. 32), served on the petitioner on `servedOn`. */
export interface IssueOpinion {
  type: 'IssueOpinion';
  data: { outcome: OpinionOutcome; request: string; facts: string; reasons: string; legalBasis: string; servedOn?: IsoDate };
  context: CommandContext;
}

/** How a case closes, with what each outcome needs besides the case's own record. */
export type ClosureDecision =
  | { outcome: 'opinion_served' }
  | { outcome: 'resolved_by_mediation' }
  | { outcome: 'withdrawn'; reason: string }
  | { outcome: 'diverted'; toOrgan: string; reason?: string };

/** 办结. */
export interface ClosePetition {
  type: 'ClosePetition';
  data: ClosureDecision & { closedOn?: IsoDate; note?: string };
  context: CommandContext;
}

export type ClosureDecisionOf<Outcome extends ClosureOutcome> = Extract<ClosureDecision, { outcome: Outcome }>;

/** 满意度: the petitioner's rating of a closed case, recorded by a clerk. */
export interface RecordRating {
  type: 'RecordRating';
  data: { rating: Rating; ratedOn?: IsoDate };
  context: CommandContext;
}

export type HandlingCommand = ExtendHandling | IssueOpinion | ClosePetition | RecordRating;

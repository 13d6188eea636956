import type { IsoDate } from './business-date.js';
import type { CommandContext } from './command-context.js';
import type { ClosureOutcome, OpinionOutcome, Rating } from './handling.types.js';
import type { BacklogKind, Category } from './petition.types.js';

// Every business date (`…At`, `…On`) is optional and defaults to today in Shanghai.

/** The unit a case was forwarded (转送) or assigned (交办) to objects to taking it (Art. 23 ¶3). */
export interface RaiseObjection {
  type: 'RaiseObjection';
  data: { unit: string; reason: string; objectedAt?: IsoDate };
  context: CommandContext;
}

/** Changes the category and/or the backlog kinds; `backlogKinds`, when given, is the whole new set. */
export interface Reclassify {
  type: 'Reclassify';
  data: { category?: Category; backlogKinds?: BacklogKind[]; reason: string; reclassifiedOn?: IsoDate };
  context: CommandContext;
}

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

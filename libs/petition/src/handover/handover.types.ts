import type { IsoDate } from '../core/business-date.js';

export const NOTICE_DECISIONS = ['accepted', 'not_accepted'] as const;
export type NoticeDecision = (typeof NOTICE_DECISIONS)[number];

export const OBJECTION_DECISIONS = ['upheld', 'rejected'] as const;
export type ObjectionDecision = (typeof OBJECTION_DECISIONS)[number];

export const REPORT_REVIEWS = ['verified', 'returned'] as const;
export type ReportReview = (typeof REPORT_REVIEWS)[number];

/** A completion report (办结报告) and what the bureau made of it (审核认定, or 退回重办 with a new report-by date). */
export interface CompletionReport {
  filedOn: IsoDate;
  summary: string;
  attachmentIds: string[];
  review?: { decision: 'verified'; reviewedOn: IsoDate; note?: string } | { decision: 'returned'; reviewedOn: IsoDate; reason: string; reportBy: IsoDate };
}

/**
 * One forwarding (转送) or assignment (交办) and the receiving unit's work on it, in order: its
 * receipt (签收), its written notice to the petitioner, its objection and the bureau's decision on
 * it, and for an assignment the completion reports. The last handover not objected away is current.
 */
export interface UnitHandover {
  seq: number;
  decision: 'forwarded' | 'assigned';
  toUnit: string;
  decidedAt: IsoDate;
  /** An assignment's date to report completion by, as the bureau set it. */
  reportBy?: IsoDate;
  receipt?: { receivedOn: IsoDate };
  notice?: { servedOn: IsoDate; decision: NoticeDecision; reason?: string };
  objection?: { objectedAt: IsoDate; reason: string; decision?: { decidedOn: IsoDate; upheld: boolean; reason: string } };
  reports: CompletionReport[];
}

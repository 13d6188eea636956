import type { IsoDate } from '../core/business-date.js';
import type { CommandContext } from '../core/command-context.js';
import type { NoticeDecision, ObjectionDecision } from './handover.types.js';

// Recorded by the receiving unit's own users, or by a clerk on its behalf (paper). Business dates default to today.

/** 签收: the unit signs for the case handed to it. */
export interface SignForCase {
  type: 'SignForCase';
  data: { receivedOn?: IsoDate };
  context: CommandContext;
}

/** The unit's written notice to the petitioner whether it accepts the matter (Art. 22: within 15 days of receipt). */
export interface NotifyPetitioner {
  type: 'NotifyPetitioner';
  data: { decision: NoticeDecision; reason?: string; servedOn?: IsoDate };
  context: CommandContext;
}

/** The bureau decides a unit's objection: upheld (the case is routed again) or rejected (the unit keeps it). */
export interface DecideObjection {
  type: 'DecideObjection';
  data: { decision: ObjectionDecision; reason: string; decidedOn?: IsoDate };
  context: CommandContext;
}

/** 办结报告: the assigned unit reports completion, with the ids of its attachments. */
export interface ReportCompletion {
  type: 'ReportCompletion';
  data: { summary: string; attachmentIds?: string[]; filedOn?: IsoDate };
  context: CommandContext;
}

/** The bureau verifies the report (审核认定) or returns it for re-handling (退回重办) with a new report-by date. */
export interface ReviewCompletionReport {
  type: 'ReviewCompletionReport';
  data: { decision: 'verified'; note?: string; reviewedOn?: IsoDate } | { decision: 'returned'; reason: string; reportBy: IsoDate; reviewedOn?: IsoDate };
  context: CommandContext;
}

export type HandoverCommand = SignForCase | NotifyPetitioner | DecideObjection | ReportCompletion | ReviewCompletionReport;

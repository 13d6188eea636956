import type { IsoDate } from '../core/business-date.js';
import type { NoticeDecision } from './handover.types.js';

export interface HandoverReceived {
  type: 'HandoverReceived';
  data: { receivedOn: IsoDate; unit: string };
}

export interface UnitNoticeServed {
  type: 'UnitNoticeServed';
  data: { servedOn: IsoDate; unit: string; decision: NoticeDecision; reason?: string };
}

export interface ObjectionDecided {
  type: 'ObjectionDecided';
  data: { decidedOn: IsoDate; upheld: boolean; reason: string };
}

export interface CompletionReportFiled {
  type: 'CompletionReportFiled';
  data: { filedOn: IsoDate; unit: string; summary: string; attachmentIds: string[] };
}

export interface CompletionReportVerified {
  type: 'CompletionReportVerified';
  data: { verifiedOn: IsoDate; note?: string };
}

export interface CompletionReportReturned {
  type: 'CompletionReportReturned';
  data: { returnedOn: IsoDate; reason: string; reportBy: IsoDate };
}

export type HandoverEvent = HandoverReceived | UnitNoticeServed | ObjectionDecided | CompletionReportFiled | CompletionReportVerified | CompletionReportReturned;

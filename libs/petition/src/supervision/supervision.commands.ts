import type { IsoDate } from '../core/business-date.js';
import type { CommandContext } from '../core/command-context.js';
import type { SupervisionLevel } from './supervision.types.js';

/** A clerk supervises the case's unit: a reminder, a notice or a listed supervision, to answer by a date. */
export interface IssueSupervision {
  type: 'IssueSupervision';
  /** `unit`: one the case is with now; by default the unit handling it. */
  data: { supervisionId: string; level: SupervisionLevel; subject: string; answerBy: IsoDate; unit?: string; issuedOn?: IsoDate };
  context: CommandContext;
}

/** The supervised unit answers (a clerk may record a paper answer): progress, expected completion. */
export interface AnswerSupervision {
  type: 'AnswerSupervision';
  data: { supervisionId: string; progress: string; expectedCompletion?: IsoDate; answeredOn?: IsoDate };
  context: CommandContext;
}

/** An unanswered (past its answer-by date) or failed supervision goes one level up, with a new answer-by date. */
export interface EscalateSupervision {
  type: 'EscalateSupervision';
  data: { supervisionId: string; reason: string; answerBy: IsoDate; escalatedOn?: IsoDate };
  context: CommandContext;
}

/** 包案: a leader is made the case's owner. */
export interface AssignCaseOwner {
  type: 'AssignCaseOwner';
  data: { leaderId: string; leaderName: string; post: string; from?: IsoDate };
  context: CommandContext;
}

/** 接访: a leader's reception of the petitioner; a leader records their own, a clerk names the leader. */
export interface RecordReception {
  type: 'RecordReception';
  data: { place: string; instructions?: string; leaderName?: string; leaderId?: string; receivedOn?: IsoDate };
  context: CommandContext;
}

/** 批示: a leader's instruction on the case; a leader records their own, a clerk names the leader. */
export interface RecordInstruction {
  type: 'RecordInstruction';
  data: { text: string; leaderName?: string; leaderId?: string; instructedOn?: IsoDate };
  context: CommandContext;
}

export type SupervisionCommand = IssueSupervision | AnswerSupervision | EscalateSupervision | AssignCaseOwner | RecordReception | RecordInstruction;

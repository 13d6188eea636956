import type { IsoDate } from '../core/business-date.js';

/** 催办, 督办 (督办单 with an answer-by date), 挂牌督办 (reported to the county leadership): lowest first, the order escalation climbs. */
export const SUPERVISION_LEVELS = ['reminder', 'notice', 'listed'] as const;
export type SupervisionLevel = (typeof SUPERVISION_LEVELS)[number];

/** The level one above `level`, or none at the top. */
export function levelAbove(level: SupervisionLevel): SupervisionLevel | undefined {
  return SUPERVISION_LEVELS[SUPERVISION_LEVELS.indexOf(level) + 1];
}

/** The unit's answer (反馈): its progress and when it expects to complete. */
export interface SupervisionAnswer {
  answeredOn: IsoDate;
  progress: string;
  expectedCompletion?: IsoDate;
}

/** One level of a supervision: from its issue or escalation to its answer-by date, and the unit's answer. */
export interface SupervisionRound {
  level: SupervisionLevel;
  from: IsoDate;
  answerBy: IsoDate;
  /** Why the bureau escalated to this level (absent on the first). */
  reason?: string;
  answer?: SupervisionAnswer;
}

/** A supervision (督查督办) of a case to a unit, its rounds in order, the current one last. */
export interface Supervision {
  supervisionId: string;
  unit: string;
  subject: string;
  issuedOn: IsoDate;
  rounds: SupervisionRound[];
}

/** 包案: the leader who owns the case, from a date; a later assignment replaces an earlier one. */
export interface CaseOwner {
  leaderId: string;
  leaderName: string;
  post: string;
  from: IsoDate;
}

/** 接访: a leader received the petitioner, where, with the instructions given. */
export interface Reception {
  receivedOn: IsoDate;
  leaderId?: string;
  leaderName: string;
  place: string;
  instructions?: string;
}

/** 批示: a leader's written instruction on the case. */
export interface Instruction {
  instructedOn: IsoDate;
  leaderId?: string;
  leaderName: string;
  text: string;
}

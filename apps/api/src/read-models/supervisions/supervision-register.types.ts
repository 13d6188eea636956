// The register's answers as plain types, which the dashboard reads too.

export const REGISTER_STATES = ['open', 'answered', 'overdue', 'escalated'] as const;
export type RegisterState = (typeof REGISTER_STATES)[number];

/** A supervision as of a date: its current level, answer-by date and whether the unit has answered it. */
export interface SupervisionItem {
  petitionId: string;
  receiptNumber: string;
  supervisionId: string;
  subject: string;
  unit: string;
  /** The unit's name in the register, when it holds the unit. */
  unitName: string | null;
  level: string;
  issuedOn: string;
  answerBy: string;
  answeredOn: string | null;
  /** open (before its answer-by date), overdue (past it unanswered) or answered, at the current level. */
  state: 'open' | 'overdue' | 'answered';
  /** Escalated at least once. */
  escalated: boolean;
  /** The owning leader (包案), if the case has one. */
  owner: string | null;
}

export interface SupervisionPage {
  asOf: string;
  items: SupervisionItem[];
  nextCursor: string | null;
}

/** An overdue duty clock whose case its unit has not been supervised on since the clock started: a person decides. */
export interface SupervisionProposal {
  petitionId: string;
  receiptNumber: string;
  subject: string;
  clock: string;
  seq: number;
  unit: string;
  unitName: string | null;
  deadline: string;
  daysOverdue: number;
  owner: string | null;
}

export interface ProposalPage {
  asOf: string;
  items: SupervisionProposal[];
  nextCursor: string | null;
}

/** A case a leader owns (包案). */
export interface LeaderCase {
  petitionId: string;
  receiptNumber: string;
  subject: string;
  stage: string;
  post: string;
  ownedFrom: string;
}

/** One unit's line of the monthly overdue report (通报). */
export interface OverdueReportLine {
  unit: string;
  unitName: string | null;
  /** Cases with a duty clock of the unit overdue by 30 days or more at the month's end, and those clocks. */
  cases30: number;
  clocks30: number;
  cases60: number;
  clocks60: number;
  supervisionsIssued: number;
  supervisionsAnswered: number;
  supervisionsEscalated: number;
}

export interface OverdueReport {
  month: string;
  monthEnd: string;
  units: OverdueReportLine[];
  totals: Omit<OverdueReportLine, 'unit' | 'unitName'>;
}

/**
 * What GET /programmes and its ledger answer, free of any framework so that the dashboard
 * (apps/dashboard) reads the same types the service returns.
 */

/** One enrolment as it stood on the ledger's date. */
export interface LedgerEntry {
  category: string;
  reason: string;
  track: string;
  owningLeader: string;
  heard: boolean;
  /** Resolved and not rebounded since (signed-off cases included). */
  resolved: boolean;
  signedOff: boolean;
  /** Rebounded at least once. */
  rebounded: boolean;
  tasksOverdue: number;
}

export interface LedgerCounts {
  enrolled: number;
  heard: number;
  resolved: number;
  signedOff: number;
  rebounded: number;
  tasksOverdue: number;
}

export interface Ledger {
  totals: LedgerCounts;
  /** Every category, in the order of the four categories, zeros included. */
  byCategory: (LedgerCounts & { category: string })[];
  /** Enrolled by category × reason × track: every cell, zeros included. */
  enrolled: { category: string; reason: string; track: string; count: number }[];
  byOwningLeader: (LedgerCounts & { owningLeader: string })[];
}

export interface ProgrammeSummary {
  programmeId: string;
  name: string;
  periodFrom: string;
  periodTo: string;
  criteria: string;
  targets: { enrolled?: number; resolved?: number; signedOff?: number };
  owner: string;
  openedOn: string;
  /** Enrolments so far. */
  enrolled: number;
}

export interface ProgrammeList {
  items: ProgrammeSummary[];
  nextCursor: string | null;
}

/** GET /programmes/{pid}/ledger?asOf= */
export type ProgrammeLedger = Ledger & { programme: ProgrammeSummary; asOf: string };

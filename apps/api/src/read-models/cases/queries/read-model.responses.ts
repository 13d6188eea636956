/**
 * What GET /backlog, /deadlines and /stats answer, free of any framework so that the dashboard
 * (apps/dashboard) reads the same types the handlers return.
 */

export const AGE_BUCKETS = ['0-15', '16-30', '31-60', '61-90', '>90'] as const;

export interface BacklogCell {
  category: string;
  /** suggestion, accusation, claim, or `unclassified` before the acceptance decision. */
  claimType: string;
  stage: string;
  backlogKind: string;
  ageBucket: (typeof AGE_BUCKETS)[number];
  open: number;
  overdue: number;
}

export interface Backlog {
  asOf: string;
  totals: { open: number; overdue: number; byCategory: Record<string, { open: number; overdue: number }>; byClaimType: Record<string, { open: number; overdue: number }> };
  cells: BacklogCell[];
}

export interface DeadlineItem {
  petitionId: string;
  receiptNumber: string;
  clock: string;
  seq: number;
  state: string;
  startedOn: string;
  deadline: string | null;
  uncovered: string | null;
  stoppedOn: string | null;
  daysLeft: number | null;
  category: string;
  unit: string;
  /** Whose clock it is and whether it is a duty or a right's window (the clock catalogue). */
  holder: string;
  nature: string;
}

export interface DeadlinePage {
  asOf: string;
  items: DeadlineItem[];
  nextCursor: string | null;
}

export interface Ratio {
  numerator: number;
  denominator: number;
  /** numerator / denominator, or null when there is nothing to divide. */
  rate: number | null;
}

export const MEASURES = ['timelyAcceptance', 'onTimeHandling', 'satisfaction', 'ratingParticipation', 'repeatRate', 'mediationSuccess', 'resolutionRate', 'supervisionAnswer'] as const;
export type Measure = (typeof MEASURES)[number];
export type Measures = Record<Measure, Ratio>;

export interface Stats {
  from: string;
  to: string;
  overall: Measures;
  byCategory: (Measures & { category: string })[];
  byUnit: (Measures & { unit: string })[];
  byClaimType: (Measures & { claimType: string })[];
}

/** A case in the list (GET /petitions). */
export interface PetitionListItem {
  petitionId: string;
  receiptNumber: string;
  stage: string;
  isOpen: boolean;
  category: string;
  channel: string;
  responsibleUnit: string;
  handlingUnit: string | null;
  backlogKinds: string[];
  receivedOn: string;
  registeredAt: string;
  updatedAt: string;
  version: number;
  subject: string;
  petitionerNames: string;
  concludedMatter: boolean;
  closedOn: string | null;
  closureOutcome: string | null;
  opinionOutcome: string | null;
  rating: string | null;
  ratedOn: string | null;
  relatedCaseIds: string[];
}

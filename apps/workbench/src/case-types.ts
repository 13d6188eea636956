/** The parts of GET /petitions/{id} the workbench shows (PetitionView in the OpenAPI document). */

export type { DeadlineItem, DeadlinePage } from '../../api/src/read-models/cases/queries/read-model.responses';
export type { LeaderCase, OverdueReport, ProposalPage, SupervisionPage } from '../../api/src/read-models/supervisions/supervision-register.types';

export interface PanelSeat {
  memberId: string;
  name: string;
  role: string;
}

export interface Hearing {
  hearingId: string;
  status: 'scheduled' | 'adjourned' | 'concluded' | 'cancelled';
  hearingDate: string;
  venue: string;
  panel: PanelSeat[];
  opinions: { memberId: string; opinion: string; reasoning: string; givenOn: string }[];
  conclusion?: { concludedOn: string; conclusion: string; findings: string; resolutionPlan: string; resolveBy: string };
}

export interface CaseRecord {
  receiptNumber: string;
  channel: string;
  petitioners: { name: string }[];
  subject: string;
  content: string;
  demands: string;
  category: string;
  responsibleUnit: string;
  receivedAt: string;
  backlogKinds: string[];
  acceptance?: { decision: string; decidedAt: string; handlingUnit?: string; toUnit?: string; toOrgan?: string; reason?: string };
  hearings?: Hearing[];
  mediations?: { status: string; mediator: string; agreement?: unknown }[];
  extension?: unknown;
  opinion?: { outcome: string; servedOn: string };
  closure?: { outcome: string; closedOn: string };
  rating?: { rating: string };
  review?: { opinion?: unknown };
  finalReview?: { opinion?: unknown };
  caseFile?: CaseFile;
  /** 督查督办: every supervision of the case, in the order issued (absent until the first). */
  supervisions?: CaseSupervision[];
  /** 包案: the leader who owns the case now. */
  owner?: { leaderId: string; leaderName: string; post: string; from: string };
  /** 接访 and 批示: the leaders' receptions and instructions. */
  receptions?: { receivedOn: string; leaderId?: string; leaderName: string; place: string; instructions?: string }[];
  instructions?: { instructedOn: string; leaderId?: string; leaderName: string; text: string }[];
}

/** One supervision, each level a round, the current one last. */
export interface CaseSupervision {
  supervisionId: string;
  unit: string;
  subject: string;
  issuedOn: string;
  rounds: { level: string; from: string; answerBy: string; reason?: string; answer?: { answeredOn: string; progress: string; expectedCompletion?: string } }[];
}

export interface CaseFile {
  attachments: { attachmentId: string; kind: string; name?: string; mediaType: string; size: number; addedOn: string }[];
  documents: { kind: string; hearingId?: string; number: { label: string }; issuedOn: string; service?: { servedOn: string } }[];
}

export interface CaseStep {
  version: number;
  type: string;
  businessDate?: string;
  recordedAt: string;
  actor: { id: string; name: string; role: string };
}

export interface PetitionCase {
  id: string;
  version: number;
  /** The log position of its latest event: reads of the lists wait until they include it. */
  position: string;
  stage: string;
  allowedNext: string[];
  petition: CaseRecord;
  steps: CaseStep[];
  /** The case's clocks as of today (absent from an older API). */
  clocks?: CaseClock[];
  /** The units the case names, as the register reads them. */
  units?: { ref: string; registered: boolean; code?: string; name: string }[];
}

export interface CaseClock {
  clock: string;
  holder: string;
  nature: string;
  seq: number;
  startedOn: string;
  deadline?: string;
  uncovered?: string;
  stoppedOn?: string;
  state: string;
}

export interface PetitionListItem {
  petitionId: string;
  receiptNumber: string;
  stage: string;
  category: string;
  subject: string;
  receivedOn: string;
  responsibleUnit: string;
  handlingUnit: string | null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The hearing a hearing step acts on: at most one is open (scheduled or adjourned) at a time. */
export function openHearing(found: PetitionCase): Hearing | undefined {
  return found.petition.hearings?.find((hearing) => hearing.status === 'scheduled' || hearing.status === 'adjourned');
}

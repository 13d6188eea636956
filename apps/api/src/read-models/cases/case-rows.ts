import { type BusinessCalendar, deadlineFor } from '@xinfang/calendar';
import { clockStart, type ExistingPetition, type PetitionStage, petitionClocks, unitHoldingCase } from '@xinfang/petition';

/** Stages in which a case is still on the bureau's books (the backlog). */
export const OPEN_STAGES: readonly PetitionStage[] = ['registered', 'forwarded', 'assigned', 'objected', 'accepted', 'opinion_served', 'under_review', 'under_final_review'];

export interface PetitionRow {
  petition_id: string;
  receipt_number: string;
  stage: PetitionStage;
  is_open: boolean;
  category: string;
  channel: string;
  responsible_unit: string;
  handling_unit: string | null;
  backlog_kinds: string[];
  received_on: string;
  registered_at: string;
  updated_at: string;
  version: number;
  subject: string;
  petitioner_names: string;
  search_text: string;
  concluded_matter: boolean;
  closed_on: string | null;
  closure_outcome: string | null;
  opinion_outcome: string | null;
  rating: string | null;
  rated_on: string | null;
  related_case_ids: string[];
  /** The unit the case is with now (its current handover's, or its handling unit), as the case names it. */
  handed_to: string | null;
  claim_type: string | null;
}

export interface ClockRow {
  petition_id: string;
  kind: string;
  seq: number;
  started_on: string;
  deadline: string | null;
  uncovered: string | null;
  stopped_on: string | null;
  /** What the clock's length reads besides its start (the clock catalogue's parameters). */
  params: Readonly<Record<string, number | string>>;
  category: string;
  unit: string;
}

export interface MediationRow {
  petition_id: string;
  seq: number;
  started_on: string;
  ended_on: string | null;
  outcome: string | null;
  category: string;
  unit: string;
}

export function unitOf(state: ExistingPetition): string {
  return 'acceptance' in state && state.acceptance.decision === 'accepted' ? state.acceptance.handlingUnit : state.responsibleUnit;
}

export function petitionRow(petitionId: string, state: ExistingPetition, version: number, registeredAt: string, updatedAt: string): PetitionRow {
  const names = state.petitioners.map((petitioner) => petitioner.name).join('、');
  const closure = 'closure' in state ? state.closure : undefined;
  const opinion = 'opinion' in state ? state.opinion : undefined;
  const rating = 'rating' in state ? state.rating : undefined;
  return {
    petition_id: petitionId,
    receipt_number: state.receiptNumber,
    stage: state.status,
    is_open: OPEN_STAGES.includes(state.status),
    category: state.category,
    channel: state.channel,
    responsible_unit: state.responsibleUnit,
    handling_unit: 'acceptance' in state && state.acceptance.decision === 'accepted' ? state.acceptance.handlingUnit : null,
    backlog_kinds: [...state.backlogKinds].sort(),
    received_on: state.receivedAt,
    registered_at: registeredAt,
    updated_at: updatedAt,
    version,
    subject: state.subject,
    petitioner_names: names,
    search_text: [state.receiptNumber, state.subject, state.content, state.demands, names].join('\n'),
    concluded_matter: state.concludedMatter,
    closed_on: closure?.closedOn ?? null,
    closure_outcome: closure?.outcome ?? null,
    opinion_outcome: opinion?.outcome ?? null,
    rating: rating?.rating ?? null,
    rated_on: rating?.ratedOn ?? null,
    related_case_ids: [...state.relatedCases, ...state.priorConcludedCases].map((link) => link.petitionId),
    handed_to: unitHoldingCase(state) ?? null,
    claim_type: state.claimType ?? null,
  };
}

export function clockRows(petitionId: string, state: ExistingPetition, calendar: BusinessCalendar): ClockRow[] {
  const unit = unitOf(state);
  return petitionClocks(state).map((clock) => {
    const { kind, seq, startedOn, stoppedOn } = clock;
    const { deadline, uncovered } = deadlineFor(calendar, clockStart(clock));
    return {
      petition_id: petitionId,
      kind,
      seq,
      started_on: startedOn,
      deadline,
      uncovered: uncovered ?? null,
      stopped_on: stoppedOn ?? null,
      params: clock.params,
      category: state.category,
      unit: clock.holderUnit ?? unit,
    };
  });
}

export function mediationRows(petitionId: string, state: ExistingPetition): MediationRow[] {
  if (!('mediations' in state)) return [];
  const unit = unitOf(state);
  return state.mediations.map((mediation, seq) => ({
    petition_id: petitionId,
    seq,
    started_on: mediation.startedOn,
    ended_on: mediation.status === 'agreed' ? mediation.agreement.agreedOn : mediation.status === 'failed' ? mediation.failure.failedOn : null,
    outcome: mediation.status === 'active' ? null : mediation.status,
    category: state.category,
    unit,
  }));
}

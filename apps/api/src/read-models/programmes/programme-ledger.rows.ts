import {
  type CaseEnrolledInProgramme, type HearingConcluded, type HearingScheduled, type PetitionReclassified, type PlanTaskCompleted, type ProgrammeFacts,
  PROGRAMME_STREAM_PREFIX, petitionIdOf,
} from '@xinfang/petition';

/** What the ledger's projection knows of a case before a batch: its latest enrolment and the hearings held in a programme. */
export interface LedgerCase {
  /** The latest enrolment's place among the case's enrolments, and whether it is still open (not signed off). */
  enrolment?: { seq: number; open: boolean };
  hearings: Map<string, number>;
}

/** An event of the log as the ledger reads it: its stream, version and data (upcast). */
export interface LedgerEvent {
  streamId: string;
  version: number;
  type: string;
  data: unknown;
}

export type MilestoneKind = 'heard' | 'resolved' | 'rebounded' | 'signed_off';

export interface LedgerRows {
  programmes: (Omit<ProgrammeFacts, 'programmeId'> & { programme_id: string })[];
  enrolments: { petition_id: string; seq: number; version: number; programme_id: string; enrolled_on: string; category: string; reason: string; track: string; owning_leader: string; target_date: string }[];
  milestones: { petition_id: string; version: number; seq: number; kind: MilestoneKind; on_date: string }[];
  hearings: { petition_id: string; hearing_id: string; seq: number }[];
  tasks: { petition_id: string; task_id: string; seq: number; owner_unit: string; set_on: string; due_on: string }[];
  completions: { petition_id: string; task_id: string; done_on: string }[];
  reclassifications: { petition_id: string; version: number; reclassified_on: string; category: string }[];
}

/** The event types the ledger reads; the store searches the log for them. */
export const LEDGER_EVENT_TYPES = [
  'ProgrammeOpened', 'CaseEnrolledInProgramme', 'HearingScheduled', 'HearingConcluded', 'PlanTaskCompleted',
  'ProgrammeCaseResolved', 'ProgrammeCaseRebounded', 'ProgrammeCaseSignedOff', 'PetitionReclassified',
] as const;

const MILESTONE_OF: Readonly<Record<string, { kind: MilestoneKind; date: (data: Record<string, string>) => string }>> = {
  ProgrammeCaseResolved: { kind: 'resolved', date: (data) => data.resolvedOn! },
  ProgrammeCaseRebounded: { kind: 'rebounded', date: (data) => data.reboundOn! },
  ProgrammeCaseSignedOff: { kind: 'signed_off', date: (data) => data.signedOffOn! },
};

/**
 * The ledger's rows from a batch of events, in log order, given what it knew of their cases before:
 * a pure function of the two, which walks each case's events as the decider folds them (a hearing
 * belongs to the programme the case was in when it was scheduled).
 */
export function ledgerRows(events: readonly LedgerEvent[], known: ReadonlyMap<string, LedgerCase>): LedgerRows {
  const rows: LedgerRows = { programmes: [], enrolments: [], milestones: [], hearings: [], tasks: [], completions: [], reclassifications: [] };
  const cases = new Map<string, LedgerCase>();
  const caseOf = (petitionId: string) => {
    let state = cases.get(petitionId);
    if (!state) {
      const before = known.get(petitionId);
      state = { ...(before?.enrolment && { enrolment: { ...before.enrolment } }), hearings: new Map(before?.hearings) };
      cases.set(petitionId, state);
    }
    return state;
  };
  for (const event of events) {
    if (event.streamId.startsWith(PROGRAMME_STREAM_PREFIX)) {
      if (event.type === 'ProgrammeOpened') {
        const { programmeId, ...facts } = event.data as ProgrammeFacts;
        rows.programmes.push({ programme_id: programmeId, ...facts });
      }
      continue;
    }
    const petitionId = petitionIdOf(event.streamId);
    const state = caseOf(petitionId);
    const open = state.enrolment?.open ? state.enrolment : undefined;
    if (event.type === 'CaseEnrolledInProgramme') {
      const data = event.data as CaseEnrolledInProgramme['data'];
      const seq = (state.enrolment?.seq ?? -1) + 1;
      state.enrolment = { seq, open: true };
      rows.enrolments.push({
        petition_id: petitionId, seq, version: event.version, programme_id: data.programmeId, enrolled_on: data.enrolledOn,
        category: data.category, reason: data.reason, track: data.track, owning_leader: data.owningLeader, target_date: data.targetDate,
      });
    } else if (event.type === 'HearingScheduled' && open) {
      const { hearingId } = event.data as HearingScheduled['data'];
      state.hearings.set(hearingId, open.seq);
      rows.hearings.push({ petition_id: petitionId, hearing_id: hearingId, seq: open.seq });
    } else if (event.type === 'HearingConcluded') {
      const data = event.data as HearingConcluded['data'];
      const seq = state.hearings.get(data.hearingId);
      if (seq === undefined) continue;
      rows.milestones.push({ petition_id: petitionId, version: event.version, seq, kind: 'heard', on_date: data.concludedOn });
      for (const task of data.planTasks ?? []) {
        rows.tasks.push({ petition_id: petitionId, task_id: task.taskId, seq, owner_unit: task.ownerUnit, set_on: data.concludedOn, due_on: task.dueOn });
      }
    } else if (event.type === 'PlanTaskCompleted') {
      const data = event.data as PlanTaskCompleted['data'];
      rows.completions.push({ petition_id: petitionId, task_id: data.taskId, done_on: data.completedOn });
    } else if (event.type === 'PetitionReclassified' && state.enrolment) {
      const data = event.data as PetitionReclassified['data'];
      rows.reclassifications.push({ petition_id: petitionId, version: event.version, reclassified_on: data.reclassifiedOn, category: data.category });
    } else if (MILESTONE_OF[event.type] && open) {
      const milestone = MILESTONE_OF[event.type]!;
      rows.milestones.push({ petition_id: petitionId, version: event.version, seq: open.seq, kind: milestone.kind, on_date: milestone.date(event.data as Record<string, string>) });
      if (milestone.kind === 'signed_off') open.open = false;
    }
  }
  return rows;
}

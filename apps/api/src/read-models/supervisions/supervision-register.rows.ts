import { type CaseOwnerAssigned, petitionIdOf, type SupervisionAnswered, type SupervisionEscalated, type SupervisionIssued } from '@xinfang/petition';

/** An event of the log as the register reads it: its stream, version and data (upcast). */
export interface RegisterEvent {
  streamId: string;
  version: number;
  type: string;
  data: unknown;
}

export interface RegisterRows {
  supervisions: { petition_id: string; supervision_id: string; unit: string; subject: string; issued_on: string }[];
  /** Each level of a supervision, keyed by the version of the event that started it. */
  rounds: { petition_id: string; supervision_id: string; version: number; level: string; from_on: string; answer_by: string }[];
  /** An answer belongs to the latest level started before it. */
  answers: { petition_id: string; supervision_id: string; version: number; answered_on: string }[];
  /** The latest owning leader of each case in the batch. */
  owners: { petition_id: string; leader_id: string; leader_name: string; post: string; from_on: string; version: number }[];
}

export const REGISTER_EVENT_TYPES = ['SupervisionIssued', 'SupervisionAnswered', 'SupervisionEscalated', 'CaseOwnerAssigned'] as const;

/** The register's rows from a batch of events: a pure function of the batch, so each row is keyed by its event's version. */
export function registerRows(events: readonly RegisterEvent[]): RegisterRows {
  const rows: RegisterRows = { supervisions: [], rounds: [], answers: [], owners: [] };
  const owners = new Map<string, RegisterRows['owners'][number]>();
  for (const { streamId, version, type, data } of events) {
    const petition_id = petitionIdOf(streamId);
    if (type === 'SupervisionIssued') {
      const issued = data as SupervisionIssued['data'];
      rows.supervisions.push({ petition_id, supervision_id: issued.supervisionId, unit: issued.unit, subject: issued.subject, issued_on: issued.issuedOn });
      rows.rounds.push({ petition_id, supervision_id: issued.supervisionId, version, level: issued.level, from_on: issued.issuedOn, answer_by: issued.answerBy });
    } else if (type === 'SupervisionEscalated') {
      const escalated = data as SupervisionEscalated['data'];
      rows.rounds.push({ petition_id, supervision_id: escalated.supervisionId, version, level: escalated.level, from_on: escalated.escalatedOn, answer_by: escalated.answerBy });
    } else if (type === 'SupervisionAnswered') {
      const answered = data as SupervisionAnswered['data'];
      rows.answers.push({ petition_id, supervision_id: answered.supervisionId, version, answered_on: answered.answeredOn });
    } else if (type === 'CaseOwnerAssigned') {
      const owner = data as CaseOwnerAssigned['data'];
      owners.set(petition_id, { petition_id, leader_id: owner.leaderId, leader_name: owner.leaderName, post: owner.post, from_on: owner.from, version });
    }
  }
  rows.owners = [...owners.values()];
  return rows;
}

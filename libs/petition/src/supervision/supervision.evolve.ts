import type { EventTable } from '../core/decider-tables.js';
import { CorruptPetitionStreamError } from '../core/petition.errors.js';
import type { ExistingPetition } from '../core/petition.state.js';
import type { SupervisionEvent } from './supervision.events.js';
import type { Supervision, SupervisionRound } from './supervision.types.js';

/** The case with one supervision's current round changed; an event about a supervision the case lacks means a corrupt stream. */
function onCurrentRound(petition: ExistingPetition, event: SupervisionEvent & { data: { supervisionId: string } }, change: (round: SupervisionRound, supervision: Supervision) => SupervisionRound[]): ExistingPetition {
  const supervisions = petition.supervisions ?? [];
  const index = supervisions.findIndex((supervision) => supervision.supervisionId === event.data.supervisionId);
  const supervision = supervisions[index];
  const round = supervision?.rounds.at(-1);
  if (!supervision || !round) throw new CorruptPetitionStreamError(event.type, petition.status);
  const changed = { ...supervision, rounds: [...supervision.rounds.slice(0, -1), ...change(round, supervision)] };
  return { ...petition, supervisions: supervisions.map((each, i) => (i === index ? changed : each)) };
}

// Supervision and the leaders' work are side steps: they neither move the stage nor bound the lifecycle's next step.
export const SUPERVISION_EVENTS: EventTable<SupervisionEvent> = {
  SupervisionIssued: {
    name: 'supervision',
    kind: 'side',
    date: (data) => data.issuedOn,
    evolve: (petition, event) => {
      const { supervisionId, level, unit, subject, issuedOn, answerBy } = event.data;
      const supervision: Supervision = { supervisionId, unit, subject, issuedOn, rounds: [{ level, from: issuedOn, answerBy }] };
      return { ...petition, supervisions: [...(petition.supervisions ?? []), supervision] };
    },
  },
  SupervisionAnswered: {
    name: 'answer to the supervision',
    kind: 'side',
    date: (data) => data.answeredOn,
    evolve: (petition, event) => {
      const { answeredOn, progress, expectedCompletion } = event.data;
      return onCurrentRound(petition, event, (round) => [{ ...round, answer: { answeredOn, progress, ...(expectedCompletion !== undefined && { expectedCompletion }) } }]);
    },
  },
  SupervisionEscalated: {
    name: 'escalation of the supervision',
    kind: 'side',
    date: (data) => data.escalatedOn,
    evolve: (petition, event) => {
      const { level, escalatedOn, answerBy, reason } = event.data;
      return onCurrentRound(petition, event, (round) => [round, { level, from: escalatedOn, answerBy, reason }]);
    },
  },
  CaseOwnerAssigned: { name: 'owning leader', kind: 'side', date: (data) => data.from, evolve: (petition, event) => ({ ...petition, owner: event.data }) },
  ReceptionRecorded: {
    name: 'leader’s reception',
    kind: 'side',
    date: (data) => data.receivedOn,
    evolve: (petition, event) => ({ ...petition, receptions: [...(petition.receptions ?? []), event.data] }),
  },
  InstructionRecorded: {
    name: 'leader’s instruction',
    kind: 'side',
    date: (data) => data.instructedOn,
    evolve: (petition, event) => ({ ...petition, instructions: [...(petition.instructions ?? []), event.data] }),
  },
};

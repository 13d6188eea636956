import type { EventTable } from '../core/decider-tables.js';
import { CorruptPetitionStreamError } from '../core/petition.errors.js';
import type { ExistingPetition, PetitionState } from '../core/petition.state.js';
import type { ProgrammeCaseEvent } from './programme.events.js';
import type { Enrolment } from './programme.types.js';

/** The programme's work on the case, kept on its current enrolment; the lifecycle's stage never changes. */
function withEnrolment(petition: ExistingPetition, event: ProgrammeCaseEvent, change: (enrolment: Enrolment) => Enrolment): PetitionState {
  const enrolments = petition.enrolments ?? [];
  const current = enrolments.at(-1);
  if (!current || current.status === 'signed_off') throw new CorruptPetitionStreamError(event.type, petition.status);
  return { ...petition, enrolments: [...enrolments.slice(0, -1), change(current)] };
}

// Every programme step is a side step: it neither moves the stage nor bounds the lifecycle's next step.
export const PROGRAMME_EVENTS: EventTable<ProgrammeCaseEvent> = {
  CaseEnrolledInProgramme: {
    name: 'enrolment in the programme',
    kind: 'side',
    date: (data) => data.enrolledOn,
    evolve: (petition, event) => ({ ...petition, enrolments: [...(petition.enrolments ?? []), { ...event.data, status: 'enrolled', followUps: [], resolutions: [], rebounds: [] }] }),
  },
  FollowUpRecorded: {
    name: 'follow-up visit',
    kind: 'side',
    date: (data) => data.visitedOn,
    evolve: (petition, event) => withEnrolment(petition, event, (enrolment) => ({ ...enrolment, followUps: [...enrolment.followUps, event.data] })),
  },
  ProgrammeCaseResolved: {
    name: 'resolution',
    kind: 'side',
    date: (data) => data.resolvedOn,
    evolve: (petition, event) => withEnrolment(petition, event, (enrolment) => ({ ...enrolment, status: 'resolved', resolutions: [...enrolment.resolutions, event.data] })),
  },
  ProgrammeCaseRebounded: {
    name: 'rebound',
    kind: 'side',
    date: (data) => data.reboundOn,
    evolve: (petition, event) => withEnrolment(petition, event, (enrolment) => ({ ...enrolment, status: 'reopened', rebounds: [...enrolment.rebounds, event.data] })),
  },
  ProgrammeCaseSignedOff: {
    name: 'sign-off',
    kind: 'side',
    date: (data) => data.signedOffOn,
    evolve: (petition, event) => withEnrolment(petition, event, (enrolment) => ({ ...enrolment, status: 'signed_off', signOff: event.data })),
  },
};

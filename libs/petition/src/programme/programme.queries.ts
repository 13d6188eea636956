import type { Hearing } from '../hearing/hearing.types.js';
import { hearingsOf } from '../core/petition.queries.js';
import type { PetitionState } from '../core/petition.state.js';
import type { Enrolment } from './programme.types.js';

/** Questions asked of a case's part in the programme. */

/** The latest enrolment, signed off or not. */
export function currentEnrolment(state: PetitionState): Enrolment | undefined {
  return state.status === 'none' ? undefined : state.enrolments?.at(-1);
}

/** The enrolment the programme's steps act on: the latest, until it is signed off. */
export function activeEnrolment(state: PetitionState): Enrolment | undefined {
  const enrolment = currentEnrolment(state);
  return enrolment?.status === 'signed_off' ? undefined : enrolment;
}

/** The hearings the programme scheduled for this enrolment. */
export function programmeHearings(state: PetitionState, enrolment: Enrolment): Hearing[] {
  return hearingsOf(state).filter((hearing) => hearing.programmeId === enrolment.programmeId && hearing.scheduledOn >= enrolment.enrolledOn);
}

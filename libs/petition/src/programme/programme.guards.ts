import type { PetitionCommandType } from '../core/petition.commands.js';
import { NotPermittedError } from '../core/petition.errors.js';
import type { ExistingPetition } from '../core/petition.state.js';
import type { PetitionStep } from '../core/petition.steps.js';
import type { StepBound } from '../core/petition.timeline.js';
import type { Actor } from '../core/petition.types.js';
import { refuseStep } from '../core/step-guard.js';
import { activeEnrolment } from './programme.queries.js';
import type { Enrolment } from './programme.types.js';

/** The enrolment a programme step acts on; a case not in a programme (or signed off) refuses the step with a 409. */
export function refuseUnlessEnrolled(petition: ExistingPetition, command: PetitionCommandType, step: PetitionStep): Enrolment {
  const enrolment = activeEnrolment(petition);
  if (!enrolment) refuseStep(petition, command, step);
  return enrolment;
}

/** A leader records a follow-up only on a case they own (包案); staff of the bureau on any. */
export function refuseUnlessOwningLeader(enrolment: Enrolment, actor: Actor, command: PetitionCommandType): void {
  if (actor.role === 'leader' && enrolment.owningLeaderId !== actor.id) {
    throw new NotPermittedError(command, actor.id, `the case is owned by ${enrolment.owningLeader}, not by this leader`);
  }
}

/** The latest step of the enrolment's own record: what its resolution may not precede. */
export function latestProgrammeStep(enrolment: Enrolment): StepBound {
  const rebound = enrolment.rebounds.at(-1);
  return rebound ? { date: rebound.reboundOn, step: 'rebound' } : { date: enrolment.enrolledOn, step: 'enrolment in the programme' };
}

import type { PetitionCommandType } from '../core/petition.commands.js';
import { CaseRecordNotFoundError, ProceedingStateError } from '../core/petition.errors.js';
import { hearingOf } from '../core/petition.queries.js';
import type { ExistingPetition } from '../core/petition.state.js';
import type { PetitionStep } from '../core/petition.steps.js';
import { laterBound, type StepBound } from '../core/petition.timeline.js';
import { refuseStep, refuseUnlessStageAllows } from '../core/step-guard.js';
import { hearingStepsApply } from './hearing.queries.js';
import type { Hearing, HearingStatus } from './hearing.types.js';

/** The first check of every hearing command: else 409, as for a step the stage does not list. */
export function refuseUnlessHearingStepsApply(petition: ExistingPetition, command: PetitionCommandType, step: PetitionStep): void {
  refuseUnlessStageAllows(petition, command, step);
  if (!hearingStepsApply(petition)) refuseStep(petition, command, step);
}

/** The hearing a command names in its path; an id the case does not know is not found (404). */
export function hearingNamed(petition: ExistingPetition, hearingId: string, command: PetitionCommandType): Hearing {
  const hearing = hearingOf(petition, hearingId);
  if (!hearing) throw new CaseRecordNotFoundError(command, 'hearingId', hearingId, 'hearing');
  return hearing;
}

export function refuseUnlessHearingIs(hearing: Hearing, allowed: readonly HearingStatus[], command: PetitionCommandType, action: string): void {
  if (allowed.includes(hearing.status)) return;
  throw new ProceedingStateError(
    { command, proceeding: 'hearing', status: hearing.status, hearingId: hearing.hearingId },
    `Hearing ${hearing.hearingId} is ${hearing.status}; it can ${action} only when ${allowed.join(' or ')}`,
  );
}

/** The latest step of a hearing: what its next step may not precede. */
export function latestHearingStep(hearing: Hearing): StepBound {
  const steps: StepBound[] = [
    { date: hearing.scheduledOn, step: 'scheduling of the hearing' },
    ...hearing.adjournments.flatMap((adjournment) => [
      { date: adjournment.adjournedOn, step: 'adjournment of the hearing' },
      ...(adjournment.rescheduledOn ? [{ date: adjournment.rescheduledOn, step: 'rescheduling of the hearing' }] : []),
    ]),
    ...hearing.opinions.map((opinion) => ({ date: opinion.givenOn, step: 'panel opinion' })),
    ...(hearing.recusals ?? []).flatMap((recusal) => [
      { date: recusal.requestedOn, step: 'recusal request' },
      ...(recusal.decision ? [{ date: recusal.decision.decidedOn, step: 'recusal decision' }] : []),
    ]),
  ];
  return steps.reduce(laterBound);
}

/** The day the hearing sits: opinions and the conclusion come no earlier. */
export function hearingDayOf(hearing: Hearing): StepBound {
  return { date: hearing.hearingDate, step: 'hearing' };
}

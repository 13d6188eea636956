import type { Hearing, HearingStatus } from './hearing.types.js';
import type { Mediation } from './mediation.types.js';
import type { PetitionCommandType } from './petition.commands.js';
import { ProceedingStateError, RuleViolationError } from './petition.errors.js';
import { activeMediation, hearingOf, mediationsOf, openHearing } from './petition.queries.js';
import type { ExistingPetition } from './petition.state.js';
import { laterBound, type StepBound } from './petition.timeline.js';

/** The hearing a command names; an id the case does not know is the command's mistake (422). */
export function hearingNamed(petition: ExistingPetition, hearingId: string): Hearing {
  const hearing = hearingOf(petition, hearingId);
  if (!hearing) throw new RuleViolationError([{ field: 'hearingId', message: `names no hearing of this case: ${hearingId}` }]);
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
  ];
  return steps.reduce(laterBound);
}

/** The day the hearing sits: opinions and the conclusion come no earlier. */
export function hearingDayOf(hearing: Hearing): StepBound {
  return { date: hearing.hearingDate, step: 'hearing' };
}

/** The steps that end a stage (an opinion, a closure) wait until no hearing is open and no mediation runs. */
export function refuseWhileProceedingOpen(petition: ExistingPetition, command: PetitionCommandType, what: string): void {
  const hearing = openHearing(petition);
  if (hearing) {
    throw new ProceedingStateError(
      { command, proceeding: 'hearing', status: hearing.status, hearingId: hearing.hearingId },
      `Hearing ${hearing.hearingId} is still ${hearing.status}; conclude or cancel it before the ${what}`,
    );
  }
  const mediation = activeMediation(petition);
  if (mediation) {
    throw new ProceedingStateError(
      { command, proceeding: 'mediation', status: 'active' },
      `The mediation started on ${mediation.startedOn} is still running; record its agreement or failure before the ${what}`,
    );
  }
}

export type ActiveMediation = Extract<Mediation, { status: 'active' }>;

/** The mediation a session, agreement or failure belongs to: the case's one active mediation. */
export function theActiveMediation(petition: ExistingPetition, command: PetitionCommandType): ActiveMediation {
  const mediation = activeMediation(petition);
  if (mediation) return mediation;
  const last = mediationsOf(petition).at(-1);
  throw new ProceedingStateError(
    { command, proceeding: 'mediation', status: last?.status ?? 'none' },
    last ? `The mediation started on ${last.startedOn} has ended (${last.status}); start a new one first` : 'No mediation has been started for this case',
  );
}

export function latestMediationStep(mediation: Mediation): StepBound {
  const sessions = mediation.sessions.map((session) => ({ date: session.heldOn, step: 'mediation session' }));
  return sessions.reduce(laterBound, { date: mediation.startedOn, step: 'start of the mediation' });
}

import type { IsoDate } from '../core/business-date.js';
import { caseClock, type ClockDerivations, stopOf } from '../core/case-clock.js';
import { hearingsOf } from '../core/petition.queries.js';
import type { ExistingPetition } from '../core/petition.state.js';
import type { Hearing } from './hearing.types.js';

export const HEARING_CLOCKS: ClockDerivations<'resolution_plan' | 'plan_task'> = {
  // One per concluded hearing, from its conclusion to the resolve-by date the chair set, until the
  // first step after it that ends the stage it was held in: the closure, or in a review the review's
  // opinion; for a programme hearing also the programme's resolution of the case.
  resolution_plan: (petition) =>
    hearingsOf(petition).flatMap((hearing, seq) => {
      if (hearing.status !== 'concluded') return [];
      const { concludedOn, resolveBy } = hearing.conclusion;
      return [caseClock('resolution_plan', seq, concludedOn, { resolveBy }, stopOf(concludedOn, ...planEnds(petition, hearing)))];
    }),
  // One per task of every plan, in the order set: its owner unit's duty until the due date, until done.
  plan_task: (petition) =>
    hearingsOf(petition)
      .flatMap((hearing) => (hearing.status === 'concluded' ? (hearing.conclusion.planTasks ?? []).map((task) => ({ task, setOn: hearing.conclusion.concludedOn })) : []))
      .map(({ task, setOn }, seq) => caseClock('plan_task', seq, setOn, { dueOn: task.dueOn }, stopOf(setOn, task.completion?.completedOn), task.ownerUnit)),
};

/** The steps that end a hearing's plan: closure, a review's opinion served, and a programme's resolution of the case. */
function planEnds(petition: ExistingPetition, hearing: Hearing): (IsoDate | undefined)[] {
  const ends = [
    'closure' in petition ? petition.closure?.closedOn : undefined,
    'review' in petition ? petition.review.opinion?.servedOn : undefined,
    'finalReview' in petition ? petition.finalReview.opinion?.servedOn : undefined,
  ];
  if (hearing.programmeId === undefined) return ends;
  const resolutions = (petition.enrolments ?? []).filter((enrolment) => enrolment.programmeId === hearing.programmeId).flatMap((enrolment) => enrolment.resolutions.map((resolution) => resolution.resolvedOn));
  return [...ends, ...resolutions];
}

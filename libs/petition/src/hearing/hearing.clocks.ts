import { compareIsoDates, type IsoDate } from '../core/business-date.js';
import { caseClock, earliestDate, type ClockDerivations } from '../core/case-clock.js';
import { hearingsOf } from '../core/petition.queries.js';
import type { ExistingPetition } from '../core/petition.state.js';
import type { Hearing } from './hearing.types.js';

export const HEARING_CLOCKS: ClockDerivations<'resolution_plan' | 'plan_task'> = {
  // One per concluded hearing, from its conclusion to the resolve-by date the chair set, until closure
  // (for a programme hearing, until closure or the programme's resolution, whichever comes first after it).
  resolution_plan: (petition) =>
    hearingsOf(petition).flatMap((hearing, seq) =>
      hearing.status === 'concluded' ? [caseClock('resolution_plan', seq, hearing.conclusion.concludedOn, { resolveBy: hearing.conclusion.resolveBy }, planStoppedOn(petition, hearing, hearing.conclusion.concludedOn))] : [],
    ),
  // One per task of every plan, in the order set: its owner unit's duty until the due date, until done.
  plan_task: (petition) =>
    hearingsOf(petition)
      .flatMap((hearing) => (hearing.status === 'concluded' ? (hearing.conclusion.planTasks ?? []).map((task) => ({ task, setOn: hearing.conclusion.concludedOn })) : []))
      .map(({ task, setOn }, seq) => caseClock('plan_task', seq, setOn, { dueOn: task.dueOn }, task.completion?.completedOn)),
};

function planStoppedOn(petition: ExistingPetition, hearing: Hearing, concludedOn: IsoDate): IsoDate | undefined {
  const closedOn = 'closure' in petition ? petition.closure?.closedOn : undefined;
  if (hearing.programmeId === undefined) return closedOn;
  const onOrAfter = (date: IsoDate | undefined) => (date !== undefined && compareIsoDates(date, concludedOn) >= 0 ? date : undefined);
  const resolvedOn = (petition.enrolments ?? [])
    .filter((enrolment) => enrolment.programmeId === hearing.programmeId)
    .flatMap((enrolment) => enrolment.resolutions.map((resolution) => resolution.resolvedOn))
    .find((date) => onOrAfter(date) !== undefined);
  return earliestDate(onOrAfter(closedOn), resolvedOn);
}

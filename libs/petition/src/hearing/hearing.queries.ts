import type { ExistingPetition } from '../core/petition.state.js';
import { activeEnrolment } from '../programme/programme.queries.js';
import { HEARING_STAGES, type Hearing, type PlanTaskRecord, type Recusal } from './hearing.types.js';

/** Questions the step table and the deciders ask of a case's hearings. */

/** Handling, review and final review hold hearings; a case in the programme holds them in any stage. */
export function hearingStepsApply(petition: ExistingPetition): boolean {
  return (HEARING_STAGES as readonly string[]).includes(petition.status) || activeEnrolment(petition) !== undefined;
}

/** Requests no one has decided yet. */
export function pendingRecusals(hearing: Hearing | undefined): Recusal[] {
  return (hearing?.recusals ?? []).filter((recusal) => recusal.decision === undefined);
}

/** The members who stepped aside: they give no opinion and owe none. */
export function recusedMemberIds(hearing: Hearing): Set<string> {
  return new Set((hearing.recusals ?? []).filter((recusal) => recusal.decision?.outcome === 'granted').map((recusal) => recusal.memberId));
}

/** The tasks of a concluded hearing's plan not done yet. */
export function openPlanTasks(hearing: Hearing): PlanTaskRecord[] {
  return hearing.status === 'concluded' ? (hearing.conclusion.planTasks ?? []).filter((task) => task.completion === undefined) : [];
}

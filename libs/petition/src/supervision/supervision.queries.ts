import type { PetitionState } from '../core/petition.state.js';
import type { Supervision, SupervisionRound } from './supervision.types.js';

/** The supervision's current round: the level it stands at now. */
export function currentRound(supervision: Supervision): SupervisionRound {
  return supervision.rounds.at(-1)!;
}

/** Whether the leader owns the case: as its owning leader (包案), or as the owning leader of a programme it was enrolled in. */
export function isCaseOfLeader(state: PetitionState, leaderId: string): boolean {
  if (state.status === 'none') return false;
  return state.owner?.leaderId === leaderId || (state.enrolments ?? []).some((enrolment) => enrolment.owningLeaderId === leaderId);
}

/** The supervisions still waiting for the unit's answer at their current level. */
export function unansweredSupervisions(state: PetitionState): Supervision[] {
  if (state.status === 'none') return [];
  return (state.supervisions ?? []).filter((supervision) => currentRound(supervision).answer === undefined);
}

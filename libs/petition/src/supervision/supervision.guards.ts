import type { PetitionCommandType } from '../core/petition.commands.js';
import { PetitionNotFoundError } from '../core/petition.errors.js';
import type { ExistingPetition, PetitionStage } from '../core/petition.state.js';
import type { Actor } from '../core/petition.types.js';
import type { RuleChecks } from '../core/rule-checks.js';
import { NAME_MAX_LENGTH, ID_MAX_LENGTH } from '../core/petition.limits.js';
import { unitOfCase } from '../handover/handover.queries.js';
import { refersToUnit, type UnitDirectory } from '../units/unit.js';
import { SupervisionNotFoundError, SupervisionRefusedError } from './supervision.errors.js';
import { isCaseOfLeader } from './supervision.queries.js';
import type { Supervision } from './supervision.types.js';

/**
 * The stages in which a unit is at work on a case before its closure: what is supervised. Closed and
 * concluded cases, and those that left the bureau's path (not accepted, diverted, channelled), are not.
 */
export const SUPERVISED_STAGES: readonly PetitionStage[] = ['forwarded', 'assigned', 'accepted', 'opinion_served', 'under_review', 'reviewed', 'under_final_review'];

/** The unit the case is with, in a stage that is supervised; otherwise the step is refused (409). */
export function refuseUnlessSupervised(petition: ExistingPetition, command: PetitionCommandType): string {
  const unit = unitOfCase(petition);
  if (!SUPERVISED_STAGES.includes(petition.status)) throw new SupervisionRefusedError(command, petition.status, `a case in stage ${petition.status} is not supervised`);
  if (unit === undefined) throw new SupervisionRefusedError(command, petition.status, 'no unit is at work on the case');
  return unit;
}

/** The supervision a step concerns; to a unit's user, a supervision of another unit is none at all (404). */
export function theSupervision(petition: ExistingPetition, command: PetitionCommandType, supervisionId: string, actor: Actor, units?: UnitDirectory): Supervision {
  const supervision = (petition.supervisions ?? []).find((each) => each.supervisionId === supervisionId);
  if (!supervision || (actor.role === 'unit' && !refersToUnit(supervision.unit, actor.unit ?? '', units))) throw new SupervisionNotFoundError(command, supervisionId);
  return supervision;
}

/**
 * Who a leader's step is recorded for: a leader records their own, on the cases they own (any other
 * is, to them, no case at all: 404); a clerk names the leader.
 */
export function leaderOf(petition: ExistingPetition, command: PetitionCommandType, data: { leaderName?: string; leaderId?: string }, actor: Actor, checks: RuleChecks): { leaderName: string; leaderId?: string } {
  if (actor.role === 'leader') {
    if (!isCaseOfLeader(petition, actor.id)) throw new PetitionNotFoundError(command);
    return { leaderName: actor.name, leaderId: actor.id };
  }
  checks.requiredText('leaderName', data.leaderName ?? '', NAME_MAX_LENGTH);
  if (data.leaderId !== undefined) checks.requiredText('leaderId', data.leaderId, ID_MAX_LENGTH);
  return { leaderName: data.leaderName ?? '', ...(data.leaderId !== undefined && { leaderId: data.leaderId }) };
}

import { shanghaiDate } from '../core/business-date.js';
import { AlreadyRecordedError } from '../core/petition.errors.js';
import { REASON_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { RuleChecks } from '../core/rule-checks.js';
import { refuseStep, refuseUnlessStageAllows } from '../core/step-guard.js';
import type { DecideObjection } from './handover.commands.js';
import type { ObjectionDecided } from './handover.events.js';
import { OBJECTION_DECISIONS } from './handover.types.js';

/** The bureau decides a unit's objection: upheld, it routes the case again; rejected, the unit keeps it. */
export function decideObjectionDecision(command: DecideObjection, petition: ExistingPetition): [ObjectionDecided] {
  refuseUnlessStageAllows(petition, command.type, 'decide_objection');
  const objection = petition.handovers?.at(-1)?.objection;
  if (!objection) return refuseStep(petition, command.type, 'decide_objection');
  if (objection.decision) throw new AlreadyRecordedError(command.type, 'decide_objection', objection.decision.decidedOn, 'The decision on the objection');
  const { data, context } = command;
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const decidedOn = data.decidedOn ?? today;
  checks.oneOf('decision', OBJECTION_DECISIONS, data.decision);
  checks.requiredText('reason', data.reason, REASON_MAX_LENGTH);
  checks.businessDate('decidedOn', decidedOn, { today, notBefore: { date: objection.objectedAt, step: 'objection' } });
  checks.throwIfAny();
  return [{ type: 'ObjectionDecided', data: { decidedOn, upheld: data.decision === 'upheld', reason: data.reason } }];
}

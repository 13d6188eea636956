import { shanghaiDate } from '../core/business-date.js';
import { CLOCK_CATALOGUE } from '../core/clock-catalogue.js';
import { AlreadyRecordedError } from '../core/petition.errors.js';
import { REASON_MAX_LENGTH, UNIT_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { boundOf, latestStepOfStage } from '../core/petition.timeline.js';
import { RuleChecks } from '../core/rule-checks.js';
import { missedWindow } from '../core/statutory-window.js';
import { refuseUnlessStageAllows } from '../core/step-guard.js';
import { currentHandover } from '../handover/handover.queries.js';
import { refersToUnit } from '../units/unit.js';
import type { RaiseObjection } from './acceptance.commands.js';
import type { UnitObjected } from './acceptance.events.js';

/**
 * The unit a case was forwarded or assigned to objects that the matter is not its own, within 5
 * working days of its receipt (Art. 22; of the handover, when no receipt was recorded); the case
 * goes back to the bureau (`objected`), which decides the objection or routes the case again.
 */
export function decideObjection(command: RaiseObjection, petition: ExistingPetition): [UnitObjected] {
  refuseUnlessStageAllows(petition, command.type, 'object');
  const { data, context } = command;
  const handover = currentHandover(petition) ?? { ...petition.acceptance, reports: [] };
  if ('objection' in handover && handover.objection) throw new AlreadyRecordedError(command.type, 'object', handover.objection.objectedAt, `${handover.toUnit}'s objection, which the bureau rejected,`);
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const objectedAt = data.objectedAt ?? today;
  // A unit's own user objects for its unit; a clerk names it, or the receiving unit is meant.
  const unit = data.unit ?? (context.actor.role === 'unit' ? context.actor.unit : undefined) ?? handover.toUnit;
  checks.requiredText('unit', unit, UNIT_MAX_LENGTH);
  if (typeof unit === 'string' && unit.trim() !== '' && unit !== handover.toUnit && !refersToUnit(handover.toUnit, unit, context.units)) {
    checks.add('unit', `only ${handover.toUnit}, which the case was ${handover.decision} to, may object`);
  }
  checks.requiredText('reason', data.reason, REASON_MAX_LENGTH);
  const received = 'receipt' in handover ? handover.receipt : undefined;
  const start = received?.receivedOn ?? handover.decidedAt;
  const notBefore = received ? { date: received.receivedOn, step: 'receipt' } : boundOf(latestStepOfStage(petition));
  if (checks.businessDate('objectedAt', objectedAt, { today, notBefore })) {
    const deadline = missedWindow(context.calendar, 'unit_objection', start, objectedAt);
    if (deadline) {
      const from = received ? `its receipt on ${start}` : `the ${handover.decision === 'forwarded' ? 'forwarding' : 'assignment'} of ${start}`;
      checks.add('objectedAt', `the ${CLOCK_CATALOGUE.unit_objection.length.days} working days to object after ${from} ended on ${deadline} (条例 Art. 22)`);
    }
  }
  checks.throwIfAny();
  return [{ type: 'UnitObjected', data: { objectedAt, unit, reason: data.reason } }];
}

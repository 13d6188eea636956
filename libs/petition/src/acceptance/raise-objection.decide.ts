import { shanghaiDate } from '../core/business-date.js';
import type { RaiseObjection } from './acceptance.commands.js';
import type { UnitObjected } from './acceptance.events.js';
import { CLOCK_CATALOGUE } from '../core/clock-catalogue.js';
import { REASON_MAX_LENGTH, UNIT_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { boundOf, latestStepOfStage } from '../core/petition.timeline.js';
import { RuleChecks } from '../core/rule-checks.js';
import { missedWindow } from '../core/statutory-window.js';
import { refuseUnlessStageAllows } from '../core/step-guard.js';

/**
 * The unit a case was forwarded or assigned to objects, within 5 working days of the handover
 * (Art. 23 ¶3); the case goes back to the bureau (`objected`), which decides again.
 */
export function decideObjection(command: RaiseObjection, petition: ExistingPetition): [UnitObjected] {
  refuseUnlessStageAllows(petition, command.type, 'object');
  const { data, context } = command;
  const handover = petition.acceptance;
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const objectedAt = data.objectedAt ?? today;
  checks.requiredText('unit', data.unit, UNIT_MAX_LENGTH);
  if (typeof data.unit === 'string' && data.unit.trim() !== '' && data.unit !== handover.toUnit) {
    checks.add('unit', `only ${handover.toUnit}, which the case was ${handover.decision} to, may object`);
  }
  checks.requiredText('reason', data.reason, REASON_MAX_LENGTH);
  if (checks.businessDate('objectedAt', objectedAt, { today, notBefore: boundOf(latestStepOfStage(petition)) })) {
    const deadline = missedWindow(context.calendar, 'unit_objection', handover.decidedAt, objectedAt);
    if (deadline) {
      checks.add('objectedAt', `the ${CLOCK_CATALOGUE.unit_objection.length.days} working days to object to the ${handover.decision === 'forwarded' ? 'forwarding' : 'assignment'} of ${handover.decidedAt} ended on ${deadline} (条例 Art. 23 ¶3)`);
    }
  }
  checks.throwIfAny();
  return [{ type: 'UnitObjected', data: { objectedAt, unit: data.unit, reason: data.reason } }];
}

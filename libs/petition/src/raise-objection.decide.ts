import { shanghaiDate } from './business-date.js';
import type { RaiseObjection } from './handling.commands.js';
import type { UnitObjected } from './handling.events.js';
import { OBJECTION_PERIOD_WORKING_DAYS, REASON_MAX_LENGTH, UNIT_MAX_LENGTH } from './petition.limits.js';
import type { ExistingPetition } from './petition.state.js';
import { boundOf, latestStepOfStage } from './petition.timeline.js';
import { RuleChecks } from './rule-checks.js';
import { missedDeadline } from './statutory-window.js';
import { refuseUnlessStageAllows } from './step-guard.js';

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
    const period = { days: OBJECTION_PERIOD_WORKING_DAYS, counting: 'working_days' } as const;
    const deadline = missedDeadline(context.calendar, handover.decidedAt, period, objectedAt);
    if (deadline) {
      checks.add('objectedAt', `the ${OBJECTION_PERIOD_WORKING_DAYS} working days to object to the ${handover.decision === 'forwarded' ? 'forwarding' : 'assignment'} of ${handover.decidedAt} ended on ${deadline} (条例 Art. 23 ¶3)`);
    }
  }
  checks.throwIfAny();
  return [{ type: 'UnitObjected', data: { objectedAt, unit: data.unit, reason: data.reason } }];
}

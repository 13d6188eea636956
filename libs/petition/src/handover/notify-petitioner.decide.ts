import type { PetitionAccepted, PetitionNotAccepted } from '../acceptance/acceptance.events.js';
import { shanghaiDate } from '../core/business-date.js';
import { AlreadyRecordedError } from '../core/petition.errors.js';
import { REASON_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { RuleChecks } from '../core/rule-checks.js';
import { refuseStep, refuseUnlessStageAllows } from '../core/step-guard.js';
import type { NotifyPetitioner } from './handover.commands.js';
import type { UnitNoticeServed } from './handover.events.js';
import { theCurrentHandover } from './handover.guards.js';
import { NOTICE_DECISIONS } from './handover.types.js';

/**
 * The unit's written notice to the petitioner whether it accepts (Art. 22), after its receipt. On a
 * case still with the unit it is also the acceptance decision: accepted, the unit handles it;
 * not accepted, with the reason. On a case already accepted, it records the notice only.
 */
export function decideUnitNotice(command: NotifyPetitioner, petition: ExistingPetition): [UnitNoticeServed] | [UnitNoticeServed, PetitionAccepted | PetitionNotAccepted] {
  refuseUnlessStageAllows(petition, command.type, 'notify_petitioner');
  const handover = theCurrentHandover(petition, command.type, 'notify_petitioner');
  if (!handover.receipt) return refuseStep(petition, command.type, 'notify_petitioner');
  if (handover.notice) throw new AlreadyRecordedError(command.type, 'notify_petitioner', handover.notice.servedOn, `${handover.toUnit}'s written notice to the petitioner`);
  const { data, context } = command;
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const servedOn = data.servedOn ?? today;
  checks.oneOf('decision', NOTICE_DECISIONS, data.decision);
  if (data.decision === 'not_accepted') checks.requiredText('reason', data.reason ?? '', REASON_MAX_LENGTH);
  else checks.optionalText('reason', data.reason, REASON_MAX_LENGTH);
  if (petition.status === 'accepted' && data.decision !== 'accepted') checks.add('decision', 'the case is already accepted: the notice can only tell the petitioner so');
  checks.businessDate('servedOn', servedOn, { today, notBefore: { date: handover.receipt.receivedOn, step: 'receipt' } });
  checks.throwIfAny();
  const reason = data.reason !== undefined ? { reason: data.reason } : {};
  const notice: UnitNoticeServed = { type: 'UnitNoticeServed', data: { servedOn, unit: handover.toUnit, decision: data.decision, ...reason } };
  if (petition.status === 'accepted') return [notice];
  if (data.decision === 'accepted') {
    return [notice, { type: 'PetitionAccepted', data: { decidedAt: servedOn, handlingUnit: handover.toUnit, handlerId: context.actor.id } }];
  }
  return [notice, { type: 'PetitionNotAccepted', data: { decidedAt: servedOn, reason: data.reason! } }];
}

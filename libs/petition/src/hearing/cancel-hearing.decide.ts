import { shanghaiDate } from '../core/business-date.js';
import type { CancelHearing } from './hearing.commands.js';
import type { HearingCancelled } from './hearing.events.js';
import { REASON_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { hearingNamed, latestHearingStep, refuseUnlessHearingIs, refuseUnlessHearingStepsApply } from './hearing.guards.js';
import { RuleChecks } from '../core/rule-checks.js';

/** Calls off a scheduled or adjourned hearing for good. */
export function decideHearingCancellation(command: CancelHearing, petition: ExistingPetition): [HearingCancelled] {
  refuseUnlessHearingStepsApply(petition, command.type, 'cancel_hearing');
  const { data, context } = command;
  const hearing = hearingNamed(petition, data.hearingId, command.type);
  refuseUnlessHearingIs(hearing, ['scheduled', 'adjourned'], command.type, 'be cancelled');
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const cancelledOn = data.cancelledOn ?? today;
  checks.requiredText('reason', data.reason, REASON_MAX_LENGTH);
  checks.businessDate('cancelledOn', cancelledOn, { today, notBefore: latestHearingStep(hearing) });
  checks.throwIfAny();
  return [{ type: 'HearingCancelled', data: { hearingId: hearing.hearingId, cancelledOn, reason: data.reason } }];
}

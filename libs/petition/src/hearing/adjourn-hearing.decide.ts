import { shanghaiDate } from '../core/business-date.js';
import type { AdjournHearing } from './hearing.commands.js';
import type { HearingAdjourned } from './hearing.events.js';
import { REASON_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { hearingNamed, latestHearingStep, refuseUnlessHearingIs, refuseUnlessHearingStepsApply } from './hearing.guards.js';
import { RuleChecks } from '../core/rule-checks.js';

/** Puts off a scheduled hearing; its opinions so far stay, and it resumes when rescheduled. */
export function decideHearingAdjournment(command: AdjournHearing, petition: ExistingPetition): [HearingAdjourned] {
  refuseUnlessHearingStepsApply(petition, command.type, 'adjourn_hearing');
  const { data, context } = command;
  const hearing = hearingNamed(petition, data.hearingId, command.type);
  refuseUnlessHearingIs(hearing, ['scheduled'], command.type, 'be adjourned');
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const adjournedOn = data.adjournedOn ?? today;
  checks.requiredText('reason', data.reason, REASON_MAX_LENGTH);
  checks.businessDate('adjournedOn', adjournedOn, { today, notBefore: latestHearingStep(hearing) });
  checks.throwIfAny();
  return [{ type: 'HearingAdjourned', data: { hearingId: hearing.hearingId, adjournedOn, reason: data.reason } }];
}

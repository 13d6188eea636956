import { compareIsoDates, shanghaiDate } from './business-date.js';
import type { AdjournHearing, CancelHearing, RescheduleHearing } from './hearing.commands.js';
import type { HearingAdjourned, HearingCancelled, HearingRescheduled } from './hearing.events.js';
import { REASON_MAX_LENGTH, VENUE_MAX_LENGTH } from './petition.limits.js';
import type { ExistingPetition } from './petition.state.js';
import { hearingNamed, latestHearingStep, refuseUnlessHearingIs } from './proceeding-guards.js';
import { RuleChecks } from './rule-checks.js';
import { refuseUnlessStageAllows } from './step-guard.js';

// A clerk's changes to a hearing's calendar. Each may not precede the hearing's latest step.

/** Puts off a scheduled hearing; its opinions so far stay, and it resumes when rescheduled. */
export function decideHearingAdjournment(command: AdjournHearing, petition: ExistingPetition): [HearingAdjourned] {
  refuseUnlessStageAllows(petition, command.type, 'adjourn_hearing');
  const { data, context } = command;
  const hearing = hearingNamed(petition, data.hearingId);
  refuseUnlessHearingIs(hearing, ['scheduled'], command.type, 'be adjourned');
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const adjournedOn = data.adjournedOn ?? today;
  checks.requiredText('reason', data.reason, REASON_MAX_LENGTH);
  checks.businessDate('adjournedOn', adjournedOn, { today, notBefore: latestHearingStep(hearing) });
  checks.throwIfAny();
  return [{ type: 'HearingAdjourned', data: { hearingId: hearing.hearingId, adjournedOn, reason: data.reason } }];
}

/** Resumes an adjourned hearing on a new date, at a new venue if given; the panel stays. */
export function decideHearingRescheduling(command: RescheduleHearing, petition: ExistingPetition): [HearingRescheduled] {
  refuseUnlessStageAllows(petition, command.type, 'reschedule_hearing');
  const { data, context } = command;
  const hearing = hearingNamed(petition, data.hearingId);
  refuseUnlessHearingIs(hearing, ['adjourned'], command.type, 'be rescheduled');
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const rescheduledOn = data.rescheduledOn ?? today;
  const rescheduledOnValid = checks.businessDate('rescheduledOn', rescheduledOn, { today, notBefore: latestHearingStep(hearing) });
  if (checks.date('hearingDate', data.hearingDate) && rescheduledOnValid && compareIsoDates(data.hearingDate, rescheduledOn) < 0) {
    checks.add('hearingDate', `must not precede the day the hearing is rescheduled, ${rescheduledOn}`);
  }
  checks.optionalText('venue', data.venue, VENUE_MAX_LENGTH);
  checks.throwIfAny();
  const venue = data.venue ?? hearing.venue;
  return [{ type: 'HearingRescheduled', data: { hearingId: hearing.hearingId, rescheduledOn, hearingDate: data.hearingDate, venue } }];
}

/** Calls off a scheduled or adjourned hearing for good. */
export function decideHearingCancellation(command: CancelHearing, petition: ExistingPetition): [HearingCancelled] {
  refuseUnlessStageAllows(petition, command.type, 'cancel_hearing');
  const { data, context } = command;
  const hearing = hearingNamed(petition, data.hearingId);
  refuseUnlessHearingIs(hearing, ['scheduled', 'adjourned'], command.type, 'be cancelled');
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const cancelledOn = data.cancelledOn ?? today;
  checks.requiredText('reason', data.reason, REASON_MAX_LENGTH);
  checks.businessDate('cancelledOn', cancelledOn, { today, notBefore: latestHearingStep(hearing) });
  checks.throwIfAny();
  return [{ type: 'HearingCancelled', data: { hearingId: hearing.hearingId, cancelledOn, reason: data.reason } }];
}

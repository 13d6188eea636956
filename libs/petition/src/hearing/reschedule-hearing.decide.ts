import { compareIsoDates, shanghaiDate } from '../core/business-date.js';
import type { RescheduleHearing } from './hearing.commands.js';
import type { HearingRescheduled } from './hearing.events.js';
import { VENUE_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { hearingNamed, latestHearingStep, refuseUnlessHearingIs, refuseUnlessHearingStepsApply } from './hearing.guards.js';
import { RuleChecks } from '../core/rule-checks.js';

/** Resumes an adjourned hearing on a new date, at a new venue if given; the panel stays. */
export function decideHearingRescheduling(command: RescheduleHearing, petition: ExistingPetition): [HearingRescheduled] {
  refuseUnlessHearingStepsApply(petition, command.type, 'reschedule_hearing');
  const { data, context } = command;
  const hearing = hearingNamed(petition, data.hearingId, command.type);
  refuseUnlessHearingIs(hearing, ['adjourned'], command.type, 'be rescheduled');
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const rescheduledOn = data.rescheduledOn ?? today;
  const rescheduledOnValid = checks.businessDate('rescheduledOn', rescheduledOn, { today, notBefore: latestHearingStep(hearing) });
  if (checks.date('hearingDate', data.hearingDate, today) && rescheduledOnValid && compareIsoDates(data.hearingDate, rescheduledOn) < 0) {
    checks.add('hearingDate', `must not precede the day the hearing is rescheduled, ${rescheduledOn}`);
  }
  checks.optionalText('venue', data.venue, VENUE_MAX_LENGTH);
  checks.throwIfAny();
  const venue = data.venue ?? hearing.venue;
  return [{ type: 'HearingRescheduled', data: { hearingId: hearing.hearingId, rescheduledOn, hearingDate: data.hearingDate, venue } }];
}

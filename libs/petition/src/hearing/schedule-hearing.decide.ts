import { compareIsoDates, shanghaiDate } from '../core/business-date.js';
import type { ScheduleHearing } from './hearing.commands.js';
import type { HearingScheduled } from './hearing.events.js';
import { checkAttendees, checkPanel, normalizeAttendees, normalizePanel } from './hearing-panel.rules.js';
import { ProceedingStateError } from '../core/petition.errors.js';
import { ID_MAX_LENGTH, VENUE_MAX_LENGTH } from '../core/petition.limits.js';
import { hearingOf, openHearing } from '../core/petition.queries.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { boundOf, laterBound, stageEntry, type StepBound } from '../core/petition.timeline.js';
import { RuleChecks } from '../core/rule-checks.js';
import { activeEnrolment } from '../programme/programme.queries.js';
import { refuseUnlessHearingStepsApply } from './hearing.guards.js';

/**
 * A mock-court hearing, in handling, review or final review, or in any stage for a case in the
 * programme; one open hearing at a time. The hearing date may lie ahead; the scheduling date may
 * not, nor precede the stage it is held in or the enrolment. Every member of a programme hearing
 * declares whether they have a direct interest.
 */
export function decideHearingScheduling(command: ScheduleHearing, petition: ExistingPetition): [HearingScheduled] {
  refuseUnlessHearingStepsApply(petition, command.type, 'schedule_hearing');
  const open = openHearing(petition);
  if (open) {
    throw new ProceedingStateError(
      { command: command.type, proceeding: 'hearing', status: open.status, hearingId: open.hearingId },
      `Hearing ${open.hearingId} is still ${open.status}; conclude or cancel it before scheduling another`,
    );
  }
  const { data, context } = command;
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const scheduledOn = data.scheduledOn ?? today;
  checks.requiredText('hearingId', data.hearingId, ID_MAX_LENGTH);
  if (hearingOf(petition, data.hearingId)) checks.add('hearingId', 'is already the id of a hearing of this case');
  const enrolment = activeEnrolment(petition);
  const enrolled: StepBound | undefined = enrolment && { date: enrolment.enrolledOn, step: 'enrolment in the programme' };
  const stageBegan = boundOf(stageEntry(petition));
  const scheduledOnValid = checks.businessDate('scheduledOn', scheduledOn, { today, notBefore: enrolled ? laterBound(stageBegan, enrolled) : stageBegan });
  if (checks.date('hearingDate', data.hearingDate, today) && scheduledOnValid && compareIsoDates(data.hearingDate, scheduledOn) < 0) {
    checks.add('hearingDate', `must not precede the day the hearing is scheduled, ${scheduledOn}`);
  }
  checks.requiredText('venue', data.venue, VENUE_MAX_LENGTH);
  checkPanel(checks, data.panel, { ...handlerOf(petition), declarationsRequired: enrolment !== undefined });
  checkAttendees(checks, data.attendees);
  checks.throwIfAny();

  return [
    {
      type: 'HearingScheduled',
      data: {
        hearingId: data.hearingId,
        scheduledOn,
        hearingDate: data.hearingDate,
        venue: data.venue,
        panel: normalizePanel(data.panel),
        attendees: normalizeAttendees(data.attendees),
      },
    },
  ];
}

function handlerOf(petition: ExistingPetition): { handlerId?: string } {
  return 'acceptance' in petition && petition.acceptance.decision === 'accepted' ? { handlerId: petition.acceptance.handlerId } : {};
}

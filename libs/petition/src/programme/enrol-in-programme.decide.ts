import { compareIsoDates, isIsoDate, shanghaiDate } from '../core/business-date.js';
import { ProceedingStateError } from '../core/petition.errors.js';
import { ID_MAX_LENGTH, NAME_MAX_LENGTH, NOTE_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { laterBound, type StepBound } from '../core/petition.timeline.js';
import { RuleChecks } from '../core/rule-checks.js';
import type { EnrolInProgramme } from './programme.commands.js';
import type { CaseEnrolledInProgramme } from './programme.events.js';
import { currentEnrolment } from './programme.queries.js';
import { ENROLMENT_REASONS, PROGRAMME_TRACKS } from './programme.types.js';

/**
 * Takes a case in any stage, concluded included, into a programme within the programme's period:
 * its lifecycle and statutory clocks stay as they are, and no new facts are asked for. A case is
 * in one open programme at a time: its enrolment ends with the sign-off, or when that programme's
 * period is over.
 */
export function decideEnrolment(command: EnrolInProgramme, petition: ExistingPetition): [CaseEnrolledInProgramme] {
  const { data, context } = command;
  const { programme } = data;
  const today = shanghaiDate(context.now);
  const enrolledOn = data.enrolledOn ?? today;
  const current = currentEnrolment(petition);
  const asOf = isIsoDate(enrolledOn) ? enrolledOn : today;
  if (current && current.status !== 'signed_off' && compareIsoDates(asOf, current.programmeEndsOn) <= 0) {
    throw new ProceedingStateError(
      { command: command.type, proceeding: 'programme', status: current.status },
      `The case is in programme ${current.programmeName} (${current.programmeId}) since ${current.enrolledOn}, which runs to ${current.programmeEndsOn}; a case is in one open programme at a time`,
    );
  }

  const checks = new RuleChecks();
  const received: StepBound = { date: petition.receivedAt, step: 'receipt' };
  const signedOff: StepBound | undefined = current?.signOff && { date: current.signOff.signedOffOn, step: 'sign-off of its earlier enrolment' };
  const enrolledOnValid = checks.businessDate('enrolledOn', enrolledOn, { today, notBefore: signedOff ? laterBound(received, signedOff) : received });
  if (enrolledOnValid && (compareIsoDates(enrolledOn, programme.periodFrom) < 0 || compareIsoDates(enrolledOn, programme.periodTo) > 0)) {
    checks.add('enrolledOn', `must fall within the programme's period, ${programme.periodFrom} to ${programme.periodTo}`);
  }
  checks.oneOf('track', PROGRAMME_TRACKS, data.track);
  checks.oneOf('reason', ENROLMENT_REASONS, data.reason);
  checks.requiredText('owningLeader', data.owningLeader, NAME_MAX_LENGTH);
  checks.optionalText('owningLeaderId', data.owningLeaderId, ID_MAX_LENGTH);
  checks.optionalText('note', data.note, NOTE_MAX_LENGTH);
  if (checks.date('targetDate', data.targetDate, today) && enrolledOnValid && compareIsoDates(data.targetDate, enrolledOn) <= 0) {
    checks.add('targetDate', `must be after the enrolment on ${enrolledOn}`);
  }
  checks.throwIfAny();

  const { track, reason, owningLeader, owningLeaderId, targetDate, note } = data;
  return [
    {
      type: 'CaseEnrolledInProgramme',
      data: {
        programmeId: programme.programmeId,
        programmeName: programme.name,
        programmeEndsOn: programme.periodTo,
        enrolledOn,
        track,
        reason,
        owningLeader,
        ...(owningLeaderId !== undefined && { owningLeaderId }),
        targetDate,
        category: petition.category,
        ...(note !== undefined && { note }),
      },
    },
  ];
}

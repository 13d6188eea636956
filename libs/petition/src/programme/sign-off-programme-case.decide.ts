import { addDays } from '@xinfang/calendar';
import { compareIsoDates, shanghaiDate } from '../core/business-date.js';
import { ProceedingStateError } from '../core/petition.errors.js';
import { NOTE_MAX_LENGTH } from '../core/petition.limits.js';
import { hearingsOf, openHearing } from '../core/petition.queries.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { RuleChecks } from '../core/rule-checks.js';
import { openPlanTasks } from '../hearing/hearing.queries.js';
import type { SignOffProgrammeCase } from './programme.commands.js';
import type { ProgrammeCaseSignedOff } from './programme.events.js';
import { refuseUnlessEnrolled } from './programme.guards.js';

/**
 * 销号: a resolved case leaves the programme no earlier than `waitingDays` after its resolution, if
 * no petition on the matter by the same person came in meanwhile (that would have rebounded it:
 * then it is resolved again first), no hearing is open and every plan task is done.
 */
export function decideSignOff(command: SignOffProgrammeCase, petition: ExistingPetition): [ProgrammeCaseSignedOff] {
  const enrolment = refuseUnlessEnrolled(petition, command.type, 'sign_off_programme_case');
  const rebound = enrolment.rebounds.at(-1);
  if (enrolment.status === 'reopened' && rebound) {
    throw new ProceedingStateError(
      { command: command.type, proceeding: 'programme', status: enrolment.status },
      `The case rebounded: ${rebound.receiptNumber} came in on the same matter on ${rebound.reboundOn}, after its resolution; resolve it again before it is signed off`,
    );
  }
  const resolution = enrolment.resolutions.at(-1);
  if (enrolment.status !== 'resolved' || !resolution) {
    throw new ProceedingStateError({ command: command.type, proceeding: 'programme', status: enrolment.status }, 'The case is not resolved yet; record its resolution first');
  }
  const open = openHearing(petition);
  if (open) {
    throw new ProceedingStateError(
      { command: command.type, proceeding: 'hearing', status: open.status, hearingId: open.hearingId },
      `Hearing ${open.hearingId} is still ${open.status}; conclude or cancel it before the sign-off`,
    );
  }
  const { data, context } = command;
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const signedOffOn = data.signedOffOn ?? today;
  const earliest = addDays(resolution.resolvedOn, data.waitingDays);
  if (checks.businessDate('signedOffOn', signedOffOn, { today }) && compareIsoDates(signedOffOn, earliest) < 0) {
    checks.add('signedOffOn', `must be on or after ${earliest}, ${data.waitingDays} days after the resolution on ${resolution.resolvedOn}`);
  }
  checks.optionalText('note', data.note, NOTE_MAX_LENGTH);
  for (const task of hearingsOf(petition).flatMap(openPlanTasks)) checks.add('planTasks', `the plan task "${task.task}" of ${task.ownerUnit} (${task.taskId}) is not done`);
  checks.throwIfAny();
  return [{ type: 'ProgrammeCaseSignedOff', data: { signedOffOn, ...(data.note !== undefined && { note: data.note }) } }];
}

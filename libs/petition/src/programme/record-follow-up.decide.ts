import { shanghaiDate } from '../core/business-date.js';
import { NAME_MAX_LENGTH, REASON_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { RuleChecks } from '../core/rule-checks.js';
import type { RecordFollowUp } from './programme.commands.js';
import type { FollowUpRecorded } from './programme.events.js';
import { refuseUnlessEnrolled, refuseUnlessOwningLeader } from './programme.guards.js';
import { FOLLOW_UP_ATTITUDES } from './programme.types.js';

/** 回访: a visit to the petitioner of an enrolled case, no earlier than the enrolment; what remains is said while they still dispute. */
export function decideFollowUp(command: RecordFollowUp, petition: ExistingPetition): [FollowUpRecorded] {
  const enrolment = refuseUnlessEnrolled(petition, command.type, 'record_follow_up');
  const { data, context } = command;
  refuseUnlessOwningLeader(enrolment, context.actor, command.type);
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const visitedOn = data.visitedOn ?? today;
  checks.requiredText('visitedBy', data.visitedBy, NAME_MAX_LENGTH);
  checks.oneOf('attitude', FOLLOW_UP_ATTITUDES, data.attitude);
  if (data.attitude === 'still_disputes' && data.remaining === undefined) checks.add('remaining', 'must say what the petitioner still disputes');
  checks.optionalText('remaining', data.remaining, REASON_MAX_LENGTH);
  checks.businessDate('visitedOn', visitedOn, { today, notBefore: { date: enrolment.enrolledOn, step: 'enrolment in the programme' } });
  checks.throwIfAny();
  const { visitedBy, attitude, remaining } = data;
  return [{ type: 'FollowUpRecorded', data: { visitedOn, visitedBy, attitude, ...(remaining !== undefined && { remaining }) } }];
}

import { shanghaiDate } from '../core/business-date.js';
import { ID_MAX_LENGTH, NAME_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { RuleChecks } from '../core/rule-checks.js';
import type { AssignCaseOwner } from './supervision.commands.js';
import type { CaseOwnerAssigned } from './supervision.events.js';
import { SupervisionRefusedError } from './supervision.errors.js';

/** 包案: a leader owns the case from a date, in any stage; naming the leader who owns it already is refused (409). */
export function decideCaseOwner(command: AssignCaseOwner, petition: ExistingPetition): [CaseOwnerAssigned] {
  const { data, context } = command;
  if (petition.owner?.leaderId === data.leaderId) throw new SupervisionRefusedError(command.type, petition.status, `${petition.owner.leaderName} owns the case already, since ${petition.owner.from}`);
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const from = data.from ?? today;
  checks.requiredText('leaderId', data.leaderId, ID_MAX_LENGTH);
  checks.requiredText('leaderName', data.leaderName, NAME_MAX_LENGTH);
  checks.requiredText('post', data.post, NAME_MAX_LENGTH);
  checks.businessDate('from', from, { today, notBefore: { date: petition.receivedAt, step: 'receipt of the petition' } });
  checks.throwIfAny();
  return [{ type: 'CaseOwnerAssigned', data: { leaderId: data.leaderId, leaderName: data.leaderName, post: data.post, from } }];
}

import { shanghaiDate } from '../core/business-date.js';
import type { RequestRecusal } from './hearing.commands.js';
import type { RecusalRequested } from './hearing.events.js';
import { ID_MAX_LENGTH, NAME_MAX_LENGTH, REASON_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { RuleChecks } from '../core/rule-checks.js';
import { hearingNamed, refuseUnlessHearingIs, refuseUnlessHearingStepsApply } from './hearing.guards.js';
import { pendingRecusals, recusedMemberIds } from './hearing.queries.js';
import type { Hearing } from './hearing.types.js';

/**
 * The petitioner asks that a member of an open hearing step aside (条例 Art. 28), before that
 * member gives an opinion; one undecided request per member at a time.
 */
export function decideRecusalRequest(command: RequestRecusal, petition: ExistingPetition): [RecusalRequested] {
  refuseUnlessHearingStepsApply(petition, command.type, 'request_recusal');
  const { data, context } = command;
  const hearing = hearingNamed(petition, data.hearingId, command.type);
  refuseUnlessHearingIs(hearing, ['scheduled', 'adjourned'], command.type, 'take recusal requests');
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const requestedOn = data.requestedOn ?? today;
  checks.requiredText('recusalId', data.recusalId, ID_MAX_LENGTH);
  if ((hearing.recusals ?? []).some((recusal) => recusal.recusalId === data.recusalId)) checks.add('recusalId', 'is already the id of a recusal request of this hearing');
  checkChallengedMember(checks, hearing, data.memberId);
  checks.requiredText('requestedBy', data.requestedBy, NAME_MAX_LENGTH);
  checks.requiredText('grounds', data.grounds, REASON_MAX_LENGTH);
  checks.businessDate('requestedOn', requestedOn, { today, notBefore: { date: hearing.scheduledOn, step: 'scheduling of the hearing' } });
  checks.throwIfAny();
  const { recusalId, memberId, requestedBy, grounds } = data;
  return [{ type: 'RecusalRequested', data: { hearingId: hearing.hearingId, recusalId, memberId, requestedBy, grounds, requestedOn } }];
}

function checkChallengedMember(checks: RuleChecks, hearing: Hearing, memberId: string): void {
  const member = hearing.panel.find((panelist) => panelist.memberId === memberId);
  if (!member) return checks.add('memberId', `names no member of the panel of hearing ${hearing.hearingId}: ${memberId}`);
  const opinion = hearing.opinions.find((given) => given.memberId === memberId);
  if (opinion) checks.add('memberId', `${member.name} gave an opinion on ${opinion.givenOn}; a recusal is asked before the member's opinion`);
  if (recusedMemberIds(hearing).has(memberId)) checks.add('memberId', `${member.name} was already recused`);
  if (pendingRecusals(hearing).some((recusal) => recusal.memberId === memberId)) checks.add('memberId', `a request for the recusal of ${member.name} already awaits its decision`);
}

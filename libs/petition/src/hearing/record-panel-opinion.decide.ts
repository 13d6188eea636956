import { shanghaiDate } from '../core/business-date.js';
import type { RecordPanelOpinion } from './hearing.commands.js';
import type { PanelOpinionRecorded } from './hearing.events.js';
import { OPINION_VALUES } from './hearing.types.js';
import { AlreadyRecordedError, NotPermittedError, ProceedingStateError } from '../core/petition.errors.js';
import { REASONING_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { laterBound } from '../core/petition.timeline.js';
import { hearingDayOf, hearingNamed, latestHearingStep, refuseUnlessHearingIs, refuseUnlessHearingStepsApply } from './hearing.guards.js';
import { pendingRecusals, recusedMemberIds } from './hearing.queries.js';
import { RuleChecks } from '../core/rule-checks.js';

/**
 * A panel member's own opinion, once, on a hearing that is scheduled (not adjourned: it is given
 * at a sitting, so an adjourned hearing takes opinions again once rescheduled), on or after the
 * hearing day; never by a member recused, nor while a request for their recusal is undecided.
 */
export function decidePanelOpinion(command: RecordPanelOpinion, petition: ExistingPetition): [PanelOpinionRecorded] {
  refuseUnlessHearingStepsApply(petition, command.type, 'record_panel_opinion');
  const { data, context } = command;
  const hearing = hearingNamed(petition, data.hearingId, command.type);
  const actorId = context.actor.id;
  const member = hearing.panel.find((panelist) => panelist.memberId === actorId);
  if (!member) throw new NotPermittedError(command.type, actorId, `not a member of the panel of hearing ${hearing.hearingId}`);
  if (data.memberId !== actorId) throw new NotPermittedError(command.type, actorId, 'a panel member records only their own opinion');
  if (recusedMemberIds(hearing).has(actorId)) throw new NotPermittedError(command.type, actorId, `${member.name} was recused from hearing ${hearing.hearingId} and gives no opinion`);
  refuseUnlessHearingIs(hearing, ['scheduled'], command.type, 'take opinions');
  const challenged = pendingRecusals(hearing).find((recusal) => recusal.memberId === actorId);
  if (challenged) {
    throw new ProceedingStateError(
      { command: command.type, proceeding: 'hearing', status: hearing.status, hearingId: hearing.hearingId },
      `The recusal request ${challenged.recusalId} against ${member.name} awaits its decision; ${member.name} gives an opinion only if it is refused`,
    );
  }
  const earlier = hearing.opinions.find((opinion) => opinion.memberId === actorId);
  if (earlier) throw new AlreadyRecordedError(command.type, 'record_panel_opinion', earlier.givenOn, `The opinion of ${member.name} on hearing ${hearing.hearingId}`);

  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const givenOn = data.givenOn ?? today;
  checks.oneOf('opinion', OPINION_VALUES, data.opinion);
  checks.requiredText('reasoning', data.reasoning, REASONING_MAX_LENGTH);
  checks.businessDate('givenOn', givenOn, { today, notBefore: laterBound(latestHearingStep(hearing), hearingDayOf(hearing)) });
  checks.throwIfAny();
  return [{ type: 'PanelOpinionRecorded', data: { hearingId: hearing.hearingId, memberId: actorId, opinion: data.opinion, reasoning: data.reasoning, givenOn } }];
}

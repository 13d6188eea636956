import { shanghaiDate } from '../core/business-date.js';
import type { RecordPanelOpinion } from './hearing.commands.js';
import type { PanelOpinionRecorded } from './hearing.events.js';
import { OPINION_VALUES } from './hearing.types.js';
import { AlreadyRecordedError, NotPermittedError } from '../core/petition.errors.js';
import { REASONING_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { laterBound } from '../core/petition.timeline.js';
import { hearingDayOf, hearingNamed, latestHearingStep, refuseUnlessHearingIs } from './hearing.guards.js';
import { RuleChecks } from '../core/rule-checks.js';
import { refuseUnlessStageAllows } from '../core/step-guard.js';

/**
 * A panel member's own opinion, once, on a hearing that is scheduled (not adjourned: it is given
 * at a sitting, so an adjourned hearing takes opinions again once rescheduled), on or after the hearing day.
 */
export function decidePanelOpinion(command: RecordPanelOpinion, petition: ExistingPetition): [PanelOpinionRecorded] {
  refuseUnlessStageAllows(petition, command.type, 'record_panel_opinion');
  const { data, context } = command;
  const hearing = hearingNamed(petition, data.hearingId);
  const actorId = context.actor.id;
  const member = hearing.panel.find((panelist) => panelist.memberId === actorId);
  if (!member) throw new NotPermittedError(command.type, actorId, `not a member of the panel of hearing ${hearing.hearingId}`);
  if (data.memberId !== actorId) throw new NotPermittedError(command.type, actorId, 'a panel member records only their own opinion');
  refuseUnlessHearingIs(hearing, ['scheduled'], command.type, 'take opinions');
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

import { shanghaiDate } from '../core/business-date.js';
import type { DecideRecusal } from './hearing.commands.js';
import type { RecusalDecided } from './hearing.events.js';
import { RECUSAL_OUTCOMES, type Hearing, type Recusal } from './hearing.types.js';
import { AlreadyRecordedError, CaseRecordNotFoundError, NotPermittedError } from '../core/petition.errors.js';
import { REASON_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import type { Actor } from '../core/petition.types.js';
import { RuleChecks } from '../core/rule-checks.js';
import { hearingNamed, refuseUnlessHearingIs, refuseUnlessHearingStepsApply } from './hearing.guards.js';
import { recusedMemberIds } from './hearing.queries.js';

/**
 * The chair grants or refuses a recusal request; a request against the chair (or made once the
 * chair has stepped aside) is the bureau's to decide, by a clerk (条例 Art. 28).
 */
export function decideRecusalDecision(command: DecideRecusal, petition: ExistingPetition): [RecusalDecided] {
  refuseUnlessHearingStepsApply(petition, command.type, 'decide_recusal');
  const { data, context } = command;
  const hearing = hearingNamed(petition, data.hearingId, command.type);
  const recusal = (hearing.recusals ?? []).find((request) => request.recusalId === data.recusalId);
  if (!recusal) throw new CaseRecordNotFoundError(command.type, 'recusalId', data.recusalId, `recusal request of hearing ${hearing.hearingId}`);
  if (recusal.decision) throw new AlreadyRecordedError(command.type, 'decide_recusal', recusal.decision.decidedOn, `The decision on recusal request ${recusal.recusalId}`);
  refuseUnlessDecider(command, hearing, recusal, context.actor);
  refuseUnlessHearingIs(hearing, ['scheduled', 'adjourned'], command.type, 'decide recusal requests');
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const decidedOn = data.decidedOn ?? today;
  checks.oneOf('outcome', RECUSAL_OUTCOMES, data.outcome);
  checks.requiredText('reasons', data.reasons, REASON_MAX_LENGTH);
  checks.businessDate('decidedOn', decidedOn, { today, notBefore: { date: recusal.requestedOn, step: 'recusal request' } });
  checks.throwIfAny();
  return [{ type: 'RecusalDecided', data: { hearingId: hearing.hearingId, recusalId: recusal.recusalId, outcome: data.outcome, reasons: data.reasons, decidedOn, decidedBy: context.actor.id } }];
}

function refuseUnlessDecider(command: DecideRecusal, hearing: Hearing, recusal: Recusal, actor: Actor): void {
  const chair = hearing.panel.find((member) => member.role === 'chair');
  if (!chair || chair.memberId === recusal.memberId || recusedMemberIds(hearing).has(chair.memberId)) {
    if (actor.role === 'clerk' || actor.role === 'admin') return;
    throw new NotPermittedError(command.type, actor.id, `the request ${recusal.recusalId} concerns the chair, so the bureau (a clerk) decides it`);
  }
  if (actor.id !== chair.memberId) {
    throw new NotPermittedError(command.type, actor.id, `only the chair of hearing ${hearing.hearingId}, ${chair.name}, decides request ${recusal.recusalId}`);
  }
}

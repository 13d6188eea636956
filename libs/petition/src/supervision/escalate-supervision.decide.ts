import { compareIsoDates, shanghaiDate } from '../core/business-date.js';
import { REASON_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { RuleChecks } from '../core/rule-checks.js';
import { answerByRule } from './answer-by.rule.js';
import type { EscalateSupervision } from './supervision.commands.js';
import type { SupervisionEscalated } from './supervision.events.js';
import { SupervisionRefusedError } from './supervision.errors.js';
import { refuseUnlessSupervised, theSupervision } from './supervision.guards.js';
import { currentRound } from './supervision.queries.js';
import { levelAbove } from './supervision.types.js';

/**
 * One level up (催办 → 督办 → 挂牌督办; past 挂牌督办, 409) with a new answer-by date: a supervision
 * answered and found wanting, or one left unanswered past its answer-by date (before it, 422: the unit still has time).
 */
export function decideEscalation(command: EscalateSupervision, petition: ExistingPetition): [SupervisionEscalated] {
  const { data, context } = command;
  const supervision = theSupervision(petition, command.type, data.supervisionId, context.actor, context.units);
  refuseUnlessSupervised(petition, command.type);
  const round = currentRound(supervision);
  const level = levelAbove(round.level);
  if (!level) {
    throw new SupervisionRefusedError(command.type, petition.status, `supervision ${supervision.supervisionId} is already at the top level (${round.level}); it cannot be escalated further`);
  }
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const escalatedOn = data.escalatedOn ?? today;
  checks.requiredText('reason', data.reason, REASON_MAX_LENGTH);
  const after = round.answer ? { date: round.answer.answeredOn, step: 'answer' } : { date: round.from, step: round.reason ? 'escalation' : 'supervision' };
  const escalatedOnValid = checks.businessDate('escalatedOn', escalatedOn, { today, notBefore: after });
  if (escalatedOnValid && !round.answer && compareIsoDates(escalatedOn, round.answerBy) <= 0) {
    checks.add('escalatedOn', `the unit has until ${round.answerBy} to answer; an unanswered supervision is escalated after that date`);
  }
  answerByRule(checks, data.answerBy, { today, ...(escalatedOnValid && { after: { date: escalatedOn, step: 'escalation' } }) });
  checks.throwIfAny();
  return [{ type: 'SupervisionEscalated', data: { supervisionId: supervision.supervisionId, unit: supervision.unit, fromLevel: round.level, level, escalatedOn, answerBy: data.answerBy, reason: data.reason } }];
}

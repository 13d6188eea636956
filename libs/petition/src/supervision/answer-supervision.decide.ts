import { shanghaiDate } from '../core/business-date.js';
import { REASON_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { RuleChecks } from '../core/rule-checks.js';
import type { AnswerSupervision } from './supervision.commands.js';
import type { SupervisionAnswered } from './supervision.events.js';
import { SupervisionRefusedError } from './supervision.errors.js';
import { theSupervision } from './supervision.guards.js';
import { currentRound } from './supervision.queries.js';

/** The unit's answer (反馈) at the supervision's current level: once per level, not before it, not in the future. */
export function decideSupervisionAnswer(command: AnswerSupervision, petition: ExistingPetition): [SupervisionAnswered] {
  const { data, context } = command;
  const supervision = theSupervision(petition, command.type, data.supervisionId, context.actor, context.units);
  const round = currentRound(supervision);
  if (round.answer) throw new SupervisionRefusedError(command.type, petition.status, `supervision ${supervision.supervisionId} was already answered at its level (${round.level}), on ${round.answer.answeredOn}`);
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const answeredOn = data.answeredOn ?? today;
  checks.requiredText('progress', data.progress, REASON_MAX_LENGTH);
  const answeredOnValid = checks.businessDate('answeredOn', answeredOn, { today, notBefore: { date: round.from, step: round.reason ? 'escalation' : 'supervision' } });
  if (data.expectedCompletion !== undefined && checks.date('expectedCompletion', data.expectedCompletion, today) && answeredOnValid && data.expectedCompletion < answeredOn) {
    checks.add('expectedCompletion', `must not precede the answer on ${answeredOn}`);
  }
  checks.throwIfAny();
  const { expectedCompletion } = data;
  return [
    {
      type: 'SupervisionAnswered',
      data: { supervisionId: supervision.supervisionId, unit: supervision.unit, level: round.level, answeredOn, progress: data.progress, ...(expectedCompletion !== undefined && { expectedCompletion }) },
    },
  ];
}

import { shanghaiDate } from '../core/business-date.js';
import { ID_MAX_LENGTH, SUBJECT_MAX_LENGTH, UNIT_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { RuleChecks } from '../core/rule-checks.js';
import { isCaseOfUnit } from '../handover/handover.queries.js';
import type { IssueSupervision } from './supervision.commands.js';
import type { SupervisionIssued } from './supervision.events.js';
import { answerByRule } from './answer-by.rule.js';
import { SupervisionRefusedError } from './supervision.errors.js';
import { refuseUnlessSupervised } from './supervision.guards.js';
import { SUPERVISION_LEVELS } from './supervision.types.js';

/**
 * 催办 / 督办 / 挂牌督办 on a case a unit is at work on, before its closure (409 after), to that unit
 * (or another the case is with, such as a plan task's owner), to answer by a date after the issue (422; set today, never in the past).
 */
export function decideSupervision(command: IssueSupervision, petition: ExistingPetition): [SupervisionIssued] {
  const handlingUnit = refuseUnlessSupervised(petition, command.type);
  const { data, context } = command;
  const earlier = (petition.supervisions ?? []).find((supervision) => supervision.supervisionId === data.supervisionId);
  if (earlier) throw new SupervisionRefusedError(command.type, petition.status, `supervision ${data.supervisionId} was already issued, on ${earlier.issuedOn}`);
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const issuedOn = data.issuedOn ?? today;
  const unit = data.unit ?? handlingUnit;
  checks.requiredText('supervisionId', data.supervisionId, ID_MAX_LENGTH);
  checks.oneOf('level', SUPERVISION_LEVELS, data.level);
  checks.requiredText('subject', data.subject, SUBJECT_MAX_LENGTH);
  checks.requiredText('unit', unit, UNIT_MAX_LENGTH);
  if (data.unit !== undefined && !isCaseOfUnit(petition, data.unit, context.units)) checks.add('unit', `must be a unit the case is with now, such as ${handlingUnit}`);
  const issuedOnValid = checks.businessDate('issuedOn', issuedOn, { today, notBefore: { date: petition.receivedAt, step: 'receipt of the petition' } });
  answerByRule(checks, data.answerBy, { today, ...(issuedOnValid && { after: { date: issuedOn, step: 'supervision' } }) });
  checks.throwIfAny();
  return [{ type: 'SupervisionIssued', data: { supervisionId: data.supervisionId, level: data.level, unit, subject: data.subject, issuedOn, answerBy: data.answerBy } }];
}

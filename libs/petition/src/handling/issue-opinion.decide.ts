import { shanghaiDate } from '../core/business-date.js';
import type { IssueOpinion } from './handling.commands.js';
import type { HandlingOpinionIssued } from './handling.events.js';
import { OPINION_OUTCOMES } from './handling.types.js';
import { DEMANDS_MAX_LENGTH, DOCUMENT_TEXT_MAX_LENGTH, LEGAL_BASIS_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { boundOf, latestStepOfStage } from '../core/petition.timeline.js';
import { refuseWhileProceedingOpen } from '../core/proceedings.js';
import { RuleChecks } from '../core/rule-checks.js';
import { refuseUnlessStageAllows } from '../core/step-guard.js';

/**
 * 处理意见书 (Art. 32): the one handling opinion of an accepted case, served on `servedOn`, after
 * every hearing and mediation of handling has ended. It stops the handling clock, late or not.
 */
export function decideHandlingOpinion(command: IssueOpinion, petition: ExistingPetition): [HandlingOpinionIssued] {
  refuseUnlessStageAllows(petition, command.type, 'issue_opinion');
  refuseWhileProceedingOpen(petition, command.type, 'handling opinion');
  const { data, context } = command;
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const servedOn = data.servedOn ?? today;
  checks.oneOf('outcome', OPINION_OUTCOMES, data.outcome);
  checks.requiredText('request', data.request, DEMANDS_MAX_LENGTH);
  checks.requiredText('facts', data.facts, DOCUMENT_TEXT_MAX_LENGTH);
  checks.requiredText('reasons', data.reasons, DOCUMENT_TEXT_MAX_LENGTH);
  checks.requiredText('legalBasis', data.legalBasis, LEGAL_BASIS_MAX_LENGTH);
  checks.businessDate('servedOn', servedOn, { today, notBefore: boundOf(latestStepOfStage(petition)) });
  checks.throwIfAny();
  const { outcome, request, facts, reasons, legalBasis } = data;
  return [{ type: 'HandlingOpinionIssued', data: { servedOn, outcome, request, facts, reasons, legalBasis } }];
}

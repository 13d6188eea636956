import { shanghaiDate } from '../core/business-date.js';
import type { Reclassify } from './classification.commands.js';
import type { PetitionReclassified } from './classification.events.js';
import { REASON_MAX_LENGTH } from '../core/petition.limits.js';
import { latestBusinessDate, type ExistingPetition } from '../core/petition.state.js';
import { boundOf } from '../core/petition.timeline.js';
import { BACKLOG_KINDS, CATEGORIES, distinctBacklogKinds, type BacklogKind } from '../core/petition.types.js';
import { RuleChecks } from '../core/rule-checks.js';
import { refuseUnlessStageAllows } from '../core/step-guard.js';

/**
 * Reclassification: a new category and/or a new set of backlog kinds, with the reason, in any
 * stage but `concluded`. It applies from its date on, so it may not precede any recorded step.
 */
export function decideReclassification(command: Reclassify, petition: ExistingPetition): [PetitionReclassified] {
  refuseUnlessStageAllows(petition, command.type, 'reclassify');
  const { data, context } = command;
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const reclassifiedOn = data.reclassifiedOn ?? today;
  if (data.category !== undefined) checks.oneOf('category', CATEGORIES, data.category);
  (data.backlogKinds ?? []).forEach((kind, i) => checks.oneOf(`backlogKinds[${i}]`, BACKLOG_KINDS, kind));
  checks.requiredText('reason', data.reason, REASON_MAX_LENGTH);
  checks.businessDate('reclassifiedOn', reclassifiedOn, { today, notBefore: boundOf(latestBusinessDate(petition)) });

  const category = data.category ?? petition.category;
  const backlogKinds = data.backlogKinds === undefined ? petition.backlogKinds : distinctBacklogKinds(data.backlogKinds);
  if (category === petition.category && sameKinds(backlogKinds, petition.backlogKinds)) {
    checks.add(data.category === undefined && data.backlogKinds !== undefined ? 'backlogKinds' : 'category', 'changes neither the category nor the backlog kinds');
  }
  const linked = petition.priorConcludedCases.length + petition.relatedCases.length > 0;
  if (linked && petition.backlogKinds.includes('repeat') && !backlogKinds.includes('repeat')) {
    checks.add('backlogKinds', 'must keep repeat: the case is linked to earlier cases of the same person and matter');
  }
  checks.throwIfAny();

  const previous = { category: petition.category, backlogKinds: [...petition.backlogKinds] };
  return [{ type: 'PetitionReclassified', data: { reclassifiedOn, reason: data.reason, category, backlogKinds, previous } }];
}

function sameKinds(a: readonly BacklogKind[], b: readonly BacklogKind[]): boolean {
  return a.length === b.length && a.every((kind) => b.includes(kind));
}

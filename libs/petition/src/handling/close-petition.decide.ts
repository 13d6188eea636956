import { shanghaiDate } from '../core/business-date.js';
import type { ClosePetition } from './handling.commands.js';
import type { PetitionClosed } from './handling.events.js';
import { CLOSURE_OUTCOMES } from './handling.types.js';
import { RuleViolationError } from '../core/petition.errors.js';
import { NOTE_MAX_LENGTH, REASON_MAX_LENGTH, UNIT_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { boundOf, latestStepOfStage } from '../core/petition.timeline.js';
import { refuseWhileProceedingOpen } from '../core/proceedings.js';
import { RuleChecks } from '../core/rule-checks.js';
import { refuseUnlessStageAllows, type PetitionAllowing } from '../core/step-guard.js';

/**
 * 办结. A served opinion closes the case as `opinion_served` and nothing else; without one, a case
 * in handling closes as `resolved_by_mediation` (after a mediation agreement), `withdrawn` (the
 * petitioner withdrew; the reason is recorded) or `diverted` (涉法涉诉 only, to a named organ).
 */
export function decideClosure(command: ClosePetition, petition: ExistingPetition): [PetitionClosed] {
  refuseUnlessStageAllows(petition, command.type, 'close');
  refuseWhileProceedingOpen(petition, command.type, 'closure');
  const { data, context } = command;
  if (!(CLOSURE_OUTCOMES as readonly string[]).includes(data.outcome)) {
    throw new RuleViolationError([{ field: 'outcome', message: `must be one of ${CLOSURE_OUTCOMES.join(', ')}` }]);
  }
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const closedOn = data.closedOn ?? today;
  checks.businessDate('closedOn', closedOn, { today, notBefore: boundOf(latestStepOfStage(petition)) });
  checks.optionalText('note', data.note, NOTE_MAX_LENGTH);
  checkOutcome(checks, petition, data);
  checks.throwIfAny();

  const note = data.note !== undefined ? { note: data.note } : {};
  switch (data.outcome) {
    case 'opinion_served':
    case 'resolved_by_mediation':
      return [{ type: 'PetitionClosed', data: { closedOn, outcome: data.outcome, ...note } }];
    case 'withdrawn':
      return [{ type: 'PetitionClosed', data: { closedOn, outcome: 'withdrawn', reason: data.reason, ...note } }];
    case 'diverted': {
      const reason = data.reason !== undefined ? { reason: data.reason } : {};
      return [{ type: 'PetitionClosed', data: { closedOn, outcome: 'diverted', toOrgan: data.toOrgan, ...reason, ...note } }];
    }
    default: {
      const unreachable: never = data;
      return unreachable;
    }
  }
}

function checkOutcome(checks: RuleChecks, petition: PetitionAllowing<'close'>, data: ClosePetition['data']): void {
  if (petition.status === 'opinion_served') {
    if (data.outcome !== 'opinion_served') {
      checks.add('outcome', `the handling opinion served on ${petition.opinion.servedOn} decides this case: close it as opinion_served`);
    }
    return;
  }
  switch (data.outcome) {
    case 'opinion_served':
      checks.add('outcome', 'no handling opinion has been served; issue it first, or close the case another way');
      return;
    case 'resolved_by_mediation':
      if (!petition.mediations.some((mediation) => mediation.status === 'agreed')) checks.add('outcome', 'no mediation of this case has reached an agreement');
      return;
    case 'withdrawn':
      checks.requiredText('reason', data.reason, REASON_MAX_LENGTH);
      return;
    case 'diverted':
      if (petition.category !== 'law_litigation') {
        checks.add('outcome', `only a law_litigation (涉法涉诉) petition may be diverted; this one is ${petition.category}`);
      }
      checks.requiredText('toOrgan', data.toOrgan, UNIT_MAX_LENGTH);
      checks.optionalText('reason', data.reason, REASON_MAX_LENGTH);
      return;
    default: {
      const unreachable: never = data;
      return unreachable;
    }
  }
}

import { shanghaiDate } from './business-date.js';
import { ACCEPTANCE_DECISIONS, type DecideAcceptance } from './petition.commands.js';
import { RuleViolationError, TransitionRefusedError } from './petition.errors.js';
import type { PetitionEvent, PetitionEventType } from './petition.events.js';
import { NOTE_MAX_LENGTH, REASON_MAX_LENGTH, UNIT_MAX_LENGTH } from './petition.limits.js';
import { latestBusinessDate, type ExistingPetition } from './petition.state.js';
import { allowedNextSteps, isStepAllowedInStage, STEP_OF_DECISION } from './petition.steps.js';
import { RuleChecks } from './rule-checks.js';

const STEP_NAMES: Readonly<Record<PetitionEventType, string>> = {
  PetitionRegistered: 'receipt',
  PetitionAccepted: 'acceptance',
  PetitionNotAccepted: 'refusal to accept',
  PetitionForwarded: 'forwarding',
  PetitionAssigned: 'assignment',
  PetitionDiverted: 'diversion',
};

/** The acceptance decision (Arts. 22, 23): stage first (409), then the decision's content (422). */
export function decideAcceptance(command: DecideAcceptance, petition: ExistingPetition): [PetitionEvent] {
  const { data, context } = command;
  if (!(ACCEPTANCE_DECISIONS as readonly string[]).includes(data.decision)) {
    throw new RuleViolationError([{ field: 'decision', message: `must be one of ${ACCEPTANCE_DECISIONS.join(', ')}` }]);
  }
  const step = STEP_OF_DECISION[data.decision];
  if (!isStepAllowedInStage(petition.status, step)) {
    throw new TransitionRefusedError(petition.status, command.type, step, allowedNextSteps(petition));
  }

  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const decidedAt = data.decidedAt ?? today;
  const previous = latestBusinessDate(petition);
  checks.businessDate('decidedAt', decidedAt, {
    today,
    notBefore: { date: previous.date, step: STEP_NAMES[previous.event] },
  });

  switch (data.decision) {
    case 'accepted':
      checks.requiredText('handlingUnit', data.handlingUnit, UNIT_MAX_LENGTH);
      checks.optionalText('note', data.note, NOTE_MAX_LENGTH);
      checks.throwIfAny();
      return [{ type: 'PetitionAccepted', data: { decidedAt, handlingUnit: data.handlingUnit, ...(data.note !== undefined && { note: data.note }) } }];
    case 'not_accepted':
      checks.requiredText('reason', data.reason, REASON_MAX_LENGTH);
      checks.throwIfAny();
      return [{ type: 'PetitionNotAccepted', data: { decidedAt, reason: data.reason } }];
    case 'forwarded':
    case 'assigned': {
      checks.requiredText('toUnit', data.toUnit, UNIT_MAX_LENGTH);
      checks.optionalText('note', data.note, NOTE_MAX_LENGTH);
      checks.throwIfAny();
      const handover = { decidedAt, toUnit: data.toUnit, ...(data.note !== undefined && { note: data.note }) };
      return [data.decision === 'forwarded' ? { type: 'PetitionForwarded', data: handover } : { type: 'PetitionAssigned', data: handover }];
    }
    case 'diverted':
      // 诉访分离: only a law- or litigation-related matter belongs to the political-legal organs or
      // a court. Any other category is refused rather than diverted on a clerk's say-so; if it was
      // misclassified, reclassifying it first leaves a record of why.
      if (petition.category !== 'law_litigation') {
        checks.add('decision', `only a law_litigation (涉法涉诉) petition may be diverted; this one is ${petition.category}`);
      }
      checks.requiredText('toOrgan', data.toOrgan, UNIT_MAX_LENGTH);
      checks.optionalText('reason', data.reason, REASON_MAX_LENGTH);
      checks.throwIfAny();
      return [{ type: 'PetitionDiverted', data: { decidedAt, toOrgan: data.toOrgan, ...(data.reason !== undefined && { reason: data.reason }) } }];
    default: {
      const unreachable: never = data;
      return unreachable;
    }
  }
}

import { compareIsoDates, shanghaiDate } from '../core/business-date.js';
import type { RecordObligationPerformance } from './mediation.commands.js';
import type { ObligationBreached, ObligationPerformed } from './mediation.events.js';
import { OBLIGATION_OUTCOMES } from './mediation.types.js';
import { AlreadyRecordedError, CaseRecordNotFoundError } from '../core/petition.errors.js';
import { NOTE_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { RuleChecks } from '../core/rule-checks.js';
import { refuseUnlessStageAllows } from '../core/step-guard.js';
import { agreedObligations } from './agreed-obligations.js';

/**
 * An obligation of a mediation agreement performed, on or after the agreement, or breached, found
 * no earlier than the day after it fell due; once, in whatever stage the case has reached.
 */
export function decideObligationPerformance(command: RecordObligationPerformance, petition: ExistingPetition): [ObligationPerformed | ObligationBreached] {
  refuseUnlessStageAllows(petition, command.type, 'record_obligation_performance');
  const { data, context } = command;
  const agreed = agreedObligations(petition).find((candidate) => candidate.obligation.obligationId === data.obligationId);
  if (!agreed) throw new CaseRecordNotFoundError(command.type, 'obligationId', data.obligationId, "obligation in the case's mediation agreements");
  const { obligation, agreedOn, outcome } = agreed;
  if (outcome) throw new AlreadyRecordedError(command.type, 'record_obligation_performance', outcome.outcomeOn, `That the obligation "${obligation.obligation}" was ${outcome.outcome}`);

  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  checks.oneOf('outcome', OBLIGATION_OUTCOMES, data.outcome);
  checks.optionalText('note', data.note, NOTE_MAX_LENGTH);
  const [field, other] = data.outcome === 'breached' ? (['breachedOn', 'performedOn'] as const) : (['performedOn', 'breachedOn'] as const);
  if (data[other] !== undefined) checks.add(other, `only when the obligation was ${other === 'performedOn' ? 'performed' : 'breached'}`);
  const on = data[field] ?? today;
  const onValid = checks.businessDate(field, on, { today, notBefore: { date: agreedOn, step: 'mediation agreement' } });
  if (onValid && field === 'breachedOn' && compareIsoDates(on, obligation.dueOn) <= 0) {
    checks.add(field, `must be after the due date ${obligation.dueOn}: an obligation is breached only once its day has passed`);
  }
  checks.throwIfAny();
  const note = data.note !== undefined ? { note: data.note } : {};
  return [
    data.outcome === 'breached'
      ? { type: 'ObligationBreached', data: { obligationId: obligation.obligationId, breachedOn: on, ...note } }
      : { type: 'ObligationPerformed', data: { obligationId: obligation.obligationId, performedOn: on, ...note } },
  ];
}

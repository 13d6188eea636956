import { compareIsoDates, shanghaiDate } from '../core/business-date.js';
import type { RecordMediationAgreement } from './mediation.commands.js';
import type { MediationAgreed } from './mediation.events.js';
import { type MediationObligation } from './mediation.types.js';
import { DOCUMENT_TEXT_MAX_LENGTH, ID_MAX_LENGTH, MAX_OBLIGATIONS, OBLIGATION_MAX_LENGTH, UNIT_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { latestMediationStep, theActiveMediation } from './mediation.guards.js';
import { RuleChecks } from '../core/rule-checks.js';
import { refuseUnlessStageAllows } from '../core/step-guard.js';

/** 调解协议: the terms, and each party's obligations (with the ids the API gives them) with a due date on or after the agreement. */
export function decideMediationAgreement(command: RecordMediationAgreement, petition: ExistingPetition): [MediationAgreed] {
  refuseUnlessStageAllows(petition, command.type, 'record_mediation_agreement');
  const mediation = theActiveMediation(petition, command.type);
  const { data, context } = command;
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const agreedOn = data.agreedOn ?? today;
  const agreedOnValid = checks.businessDate('agreedOn', agreedOn, { today, notBefore: latestMediationStep(mediation) });
  checks.requiredText('terms', data.terms, DOCUMENT_TEXT_MAX_LENGTH);
  if (checks.list('obligations', data.obligations, { min: 1, max: MAX_OBLIGATIONS, what: 'obligations' })) {
    const ids = new Set<string>();
    data.obligations.forEach((obligation, i) => {
      const field = `obligations[${i}]`;
      if (obligation.obligationId !== undefined) {
        checks.requiredText(`${field}.obligationId`, obligation.obligationId, ID_MAX_LENGTH);
        if (ids.has(obligation.obligationId)) checks.add(`${field}.obligationId`, 'names an obligation already in the agreement');
        ids.add(obligation.obligationId);
      }
      checks.requiredText(`${field}.party`, obligation.party, UNIT_MAX_LENGTH);
      checks.requiredText(`${field}.obligation`, obligation.obligation, OBLIGATION_MAX_LENGTH);
      if (checks.date(`${field}.dueOn`, obligation.dueOn, today) && agreedOnValid && compareIsoDates(obligation.dueOn, agreedOn) < 0) {
        checks.add(`${field}.dueOn`, `must not precede the agreement on ${agreedOn}`);
      }
    });
  }
  checks.throwIfAny();
  const obligations = data.obligations.map(({ obligationId, party, obligation, dueOn }): MediationObligation => ({ ...(obligationId !== undefined && { obligationId }), party, obligation, dueOn }));
  return [{ type: 'MediationAgreed', data: { agreedOn, terms: data.terms, obligations } }];
}

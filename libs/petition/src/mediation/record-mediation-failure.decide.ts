import { shanghaiDate } from '../core/business-date.js';
import type { RecordMediationFailure } from './mediation.commands.js';
import type { MediationFailed } from './mediation.events.js';
import { REASON_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { latestMediationStep, theActiveMediation } from './mediation.guards.js';
import { RuleChecks } from '../core/rule-checks.js';
import { refuseUnlessStageAllows } from '../core/step-guard.js';

export function decideMediationFailure(command: RecordMediationFailure, petition: ExistingPetition): [MediationFailed] {
  refuseUnlessStageAllows(petition, command.type, 'record_mediation_failure');
  const mediation = theActiveMediation(petition, command.type);
  const { data, context } = command;
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const failedOn = data.failedOn ?? today;
  checks.businessDate('failedOn', failedOn, { today, notBefore: latestMediationStep(mediation) });
  checks.requiredText('reason', data.reason, REASON_MAX_LENGTH);
  checks.throwIfAny();
  return [{ type: 'MediationFailed', data: { failedOn, reason: data.reason } }];
}

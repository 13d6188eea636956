import { shanghaiDate } from '../core/business-date.js';
import { REASON_MAX_LENGTH } from '../core/petition.limits.js';
import { latestBusinessDate, type ExistingPetition } from '../core/petition.state.js';
import { boundOf } from '../core/petition.timeline.js';
import { CLAIM_TYPES } from '../core/petition.types.js';
import { RuleChecks } from '../core/rule-checks.js';
import { refuseUnlessStageAllows } from '../core/step-guard.js';
import type { ChangeClaimType } from './classification.commands.js';
import type { ClaimTypeChanged } from './classification.events.js';

/** The matter's legal route changes, with the reason, in any stage but `concluded`; from its date on. */
export function decideClaimTypeChange(command: ChangeClaimType, petition: ExistingPetition): [ClaimTypeChanged] {
  refuseUnlessStageAllows(petition, command.type, 'change_claim_type');
  const { data, context } = command;
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const changedOn = data.changedOn ?? today;
  checks.oneOf('claimType', CLAIM_TYPES, data.claimType);
  if (data.claimType === petition.claimType) checks.add('claimType', `the case is already a ${data.claimType}`);
  checks.requiredText('reason', data.reason, REASON_MAX_LENGTH);
  checks.businessDate('changedOn', changedOn, { today, notBefore: boundOf(latestBusinessDate(petition)) });
  checks.throwIfAny();
  return [{ type: 'ClaimTypeChanged', data: { changedOn, claimType: data.claimType, ...(petition.claimType !== undefined && { previous: petition.claimType }), reason: data.reason } }];
}

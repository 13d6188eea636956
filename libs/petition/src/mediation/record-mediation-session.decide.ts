import { shanghaiDate } from '../core/business-date.js';
import type { RecordMediationSession } from './mediation.commands.js';
import type { MediationSessionHeld } from './mediation.events.js';
import { DELAY_PARTIES } from './mediation.types.js';
import { MAX_ATTENDEES, NAME_MAX_LENGTH, REASON_MAX_LENGTH, REASONING_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { latestMediationStep, theActiveMediation } from './mediation.guards.js';
import { RuleChecks } from '../core/rule-checks.js';
import { refuseUnlessStageAllows } from '../core/step-guard.js';

/** A session, and who (if anyone) asked to put the matter off: the delay is recorded with its reason. */
export function decideMediationSession(command: RecordMediationSession, petition: ExistingPetition): [MediationSessionHeld] {
  refuseUnlessStageAllows(petition, command.type, 'record_mediation_session');
  const mediation = theActiveMediation(petition, command.type);
  const { data, context } = command;
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const heldOn = data.heldOn ?? today;
  const delayRequestedBy = data.delayRequestedBy ?? 'none';
  checks.businessDate('heldOn', heldOn, { today, notBefore: latestMediationStep(mediation) });
  if (checks.list('attendees', data.attendees, { min: 1, max: MAX_ATTENDEES, what: 'attendees' })) {
    data.attendees.forEach((attendee, i) => checks.requiredText(`attendees[${i}]`, attendee, NAME_MAX_LENGTH));
  }
  checks.requiredText('summary', data.summary, REASONING_MAX_LENGTH);
  checks.oneOf('delayRequestedBy', DELAY_PARTIES, delayRequestedBy);
  if (delayRequestedBy === 'none') {
    if (data.delayReason !== undefined) checks.add('delayReason', 'is recorded only when a party asked for a delay');
  } else {
    checks.requiredText('delayReason', data.delayReason ?? '', REASON_MAX_LENGTH);
  }
  checks.throwIfAny();
  const { attendees, summary, delayReason } = data;
  return [{ type: 'MediationSessionHeld', data: { heldOn, attendees: [...attendees], summary, delayRequestedBy, ...(delayReason !== undefined && { delayReason }) } }];
}

import { compareIsoDates, shanghaiDate } from './business-date.js';
import type { RecordMediationAgreement, RecordMediationFailure, RecordMediationSession, StartMediation } from './mediation.commands.js';
import type { MediationAgreed, MediationFailed, MediationSessionHeld, MediationStarted } from './mediation.events.js';
import { DELAY_PARTIES, type MediationObligation } from './mediation.types.js';
import { ProceedingStateError } from './petition.errors.js';
import {
  DOCUMENT_TEXT_MAX_LENGTH,
  MAX_ATTENDEES,
  MAX_OBLIGATIONS,
  NAME_MAX_LENGTH,
  NOTE_MAX_LENGTH,
  OBLIGATION_MAX_LENGTH,
  REASON_MAX_LENGTH,
  REASONING_MAX_LENGTH,
  UNIT_MAX_LENGTH,
} from './petition.limits.js';
import { activeMediation } from './petition.queries.js';
import type { ExistingPetition } from './petition.state.js';
import { boundOf, stageEntry } from './petition.timeline.js';
import { latestMediationStep, theActiveMediation } from './proceeding-guards.js';
import { RuleChecks } from './rule-checks.js';
import { refuseUnlessStageAllows } from './step-guard.js';

// Mediation (调解) during handling: one active at a time; an agreement or a failure ends it.

export function decideMediationStart(command: StartMediation, petition: ExistingPetition): [MediationStarted] {
  refuseUnlessStageAllows(petition, command.type, 'start_mediation');
  const running = activeMediation(petition);
  if (running) {
    throw new ProceedingStateError(
      { command: command.type, proceeding: 'mediation', status: 'active' },
      `The mediation started on ${running.startedOn} is still running; record its agreement or failure first`,
    );
  }
  const { data, context } = command;
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const startedOn = data.startedOn ?? today;
  checks.requiredText('mediator', data.mediator, UNIT_MAX_LENGTH);
  checks.optionalText('note', data.note, NOTE_MAX_LENGTH);
  checks.businessDate('startedOn', startedOn, { today, notBefore: boundOf(stageEntry(petition)) });
  checks.throwIfAny();
  return [{ type: 'MediationStarted', data: { startedOn, mediator: data.mediator, ...(data.note !== undefined && { note: data.note }) } }];
}

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

/** 调解协议: the terms, and each party's obligations with a due date on or after the agreement. */
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
    data.obligations.forEach((obligation, i) => {
      const field = `obligations[${i}]`;
      checks.requiredText(`${field}.party`, obligation.party, UNIT_MAX_LENGTH);
      checks.requiredText(`${field}.obligation`, obligation.obligation, OBLIGATION_MAX_LENGTH);
      if (checks.date(`${field}.dueOn`, obligation.dueOn) && agreedOnValid && compareIsoDates(obligation.dueOn, agreedOn) < 0) {
        checks.add(`${field}.dueOn`, `must not precede the agreement on ${agreedOn}`);
      }
    });
  }
  checks.throwIfAny();
  const obligations = data.obligations.map(({ party, obligation, dueOn }): MediationObligation => ({ party, obligation, dueOn }));
  return [{ type: 'MediationAgreed', data: { agreedOn, terms: data.terms, obligations } }];
}

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

import { shanghaiDate } from '../core/business-date.js';
import type { StartMediation } from './mediation.commands.js';
import type { MediationStarted } from './mediation.events.js';
import { ProceedingStateError } from '../core/petition.errors.js';
import { NOTE_MAX_LENGTH, UNIT_MAX_LENGTH } from '../core/petition.limits.js';
import { activeMediation } from '../core/petition.queries.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { boundOf, stageEntry } from '../core/petition.timeline.js';
import { RuleChecks } from '../core/rule-checks.js';
import { refuseUnlessStageAllows } from '../core/step-guard.js';

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

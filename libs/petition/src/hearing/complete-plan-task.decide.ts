import { shanghaiDate } from '../core/business-date.js';
import { isAttachmentOf } from '../case-file/case-file.record.js';
import type { CompletePlanTask } from './hearing.commands.js';
import type { PlanTaskCompleted } from './hearing.events.js';
import { AlreadyRecordedError, CaseRecordNotFoundError, NotPermittedError } from '../core/petition.errors.js';
import { ID_MAX_LENGTH, MAX_ATTACHMENTS_PER_STEP, REASONING_MAX_LENGTH } from '../core/petition.limits.js';
import { hearingsOf } from '../core/petition.queries.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { RuleChecks } from '../core/rule-checks.js';
import { refuseUnlessStageAllows } from '../core/step-guard.js';
import { refersToUnit } from '../units/unit.js';

/**
 * A task of a hearing's plan done, once, with its evidence, on or after the conclusion that set it;
 * in whatever stage the case has reached. A unit's user reports only its own unit's tasks.
 */
export function decidePlanTaskCompletion(command: CompletePlanTask, petition: ExistingPetition): [PlanTaskCompleted] {
  refuseUnlessStageAllows(petition, command.type, 'complete_plan_task');
  const { data, context } = command;
  const found = hearingsOf(petition).flatMap((hearing) =>
    hearing.status === 'concluded'
      ? (hearing.conclusion.planTasks ?? []).filter((task) => task.taskId === data.taskId).map((task) => ({ hearing, task, concludedOn: hearing.conclusion.concludedOn }))
      : [],
  )[0];
  if (!found) throw new CaseRecordNotFoundError(command.type, 'taskId', data.taskId, 'plan task');
  const { hearing, task, concludedOn } = found;
  if (task.completion) throw new AlreadyRecordedError(command.type, 'complete_plan_task', task.completion.completedOn, `The completion of plan task "${task.task}"`);
  const { actor } = context;
  if (actor.role === 'unit' && !refersToUnit(task.ownerUnit, actor.unit ?? '', context.units)) throw new NotPermittedError(command.type, actor.id, `the task is ${task.ownerUnit}'s to report`);

  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const completedOn = data.completedOn ?? today;
  checks.requiredText('evidence', data.evidence, REASONING_MAX_LENGTH);
  const attachmentIds = data.attachmentIds ?? [];
  if (checks.list('attachmentIds', attachmentIds, { min: 0, max: MAX_ATTACHMENTS_PER_STEP, what: 'attachments' })) {
    attachmentIds.forEach((id, i) => {
      checks.requiredText(`attachmentIds[${i}]`, id, ID_MAX_LENGTH);
      if (typeof id === 'string' && id.trim() !== '' && !isAttachmentOf(petition.caseFile, id)) checks.add(`attachmentIds[${i}]`, 'must name an attachment of this case (upload it first)');
    });
  }
  checks.businessDate('completedOn', completedOn, { today, notBefore: { date: concludedOn, step: 'conclusion of the hearing' } });
  checks.throwIfAny();
  return [
    {
      type: 'PlanTaskCompleted',
      data: { hearingId: hearing.hearingId, taskId: task.taskId, completedOn, evidence: data.evidence, ...(attachmentIds.length > 0 && { attachmentIds: [...attachmentIds] }) },
    },
  ];
}

import { compareIsoDates, type IsoDate } from '../core/business-date.js';
import { ID_MAX_LENGTH, MAX_PLAN_TASKS, REASONING_MAX_LENGTH, UNIT_MAX_LENGTH } from '../core/petition.limits.js';
import type { RuleChecks } from '../core/rule-checks.js';
import type { PlanTask } from './hearing.types.js';

/**
 * The chair's plan as tasks: each with its owner unit and a due date after the conclusion and no
 * later than the resolve-by date, ids unique. Returns the tasks field by field, so nothing smuggled
 * in beside them is recorded.
 */
export function checkPlanTasks(checks: RuleChecks, tasks: PlanTask[], dates: { today: IsoDate; concludedOn?: IsoDate; resolveBy?: IsoDate }): PlanTask[] {
  if (!checks.list('planTasks', tasks, { min: 0, max: MAX_PLAN_TASKS, what: 'tasks' })) return [];
  const seen = new Set<string>();
  tasks.forEach((task, i) => {
    const field = `planTasks[${i}]`;
    checks.requiredText(`${field}.taskId`, task.taskId, ID_MAX_LENGTH);
    if (seen.has(task.taskId)) checks.add(`${field}.taskId`, 'names a task already in the plan');
    seen.add(task.taskId);
    checks.requiredText(`${field}.task`, task.task, REASONING_MAX_LENGTH);
    checks.requiredText(`${field}.ownerUnit`, task.ownerUnit, UNIT_MAX_LENGTH);
    if (!checks.date(`${field}.dueOn`, task.dueOn, dates.today)) return;
    if (dates.concludedOn && compareIsoDates(task.dueOn, dates.concludedOn) <= 0) checks.add(`${field}.dueOn`, `must be after the conclusion on ${dates.concludedOn}`);
    if (dates.resolveBy && compareIsoDates(task.dueOn, dates.resolveBy) > 0) checks.add(`${field}.dueOn`, `must not be after the resolve-by date ${dates.resolveBy}`);
  });
  return tasks.map(({ taskId, task, ownerUnit, dueOn }) => ({ taskId, task, ownerUnit, dueOn }));
}

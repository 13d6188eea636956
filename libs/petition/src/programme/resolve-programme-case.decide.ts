import { compareIsoDates, type IsoDate, shanghaiDate } from '../core/business-date.js';
import { AlreadyRecordedError, ProceedingStateError } from '../core/petition.errors.js';
import { REASONING_MAX_LENGTH } from '../core/petition.limits.js';
import { openHearing } from '../core/petition.queries.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { RuleChecks } from '../core/rule-checks.js';
import { agreedObligations } from '../mediation/agreed-obligations.js';
import type { ResolveProgrammeCase } from './programme.commands.js';
import type { ProgrammeCaseResolved } from './programme.events.js';
import { latestProgrammeStep, refuseUnlessEnrolled } from './programme.guards.js';
import { programmeHearings } from './programme.queries.js';
import { type Enrolment, RESOLUTION_BASES } from './programme.types.js';

/**
 * 化解 (案结事了) with its basis, once no hearing is open: `agreement_performed` when every obligation
 * of the case's mediation agreements was performed by then, `plan_done` when every task of the
 * programme's hearings was done by then, `written_commitment` on the petitioner's written
 * commitment to stop petitioning (息诉罢访), which the evidence names.
 */
export function decideResolution(command: ResolveProgrammeCase, petition: ExistingPetition): [ProgrammeCaseResolved] {
  const enrolment = refuseUnlessEnrolled(petition, command.type, 'resolve_programme_case');
  const latest = enrolment.resolutions.at(-1);
  if (enrolment.status === 'resolved' && latest) {
    throw new AlreadyRecordedError(command.type, 'resolve_programme_case', latest.resolvedOn, `The resolution of this case in programme ${enrolment.programmeName}`);
  }
  const open = openHearing(petition);
  if (open) {
    throw new ProceedingStateError(
      { command: command.type, proceeding: 'hearing', status: open.status, hearingId: open.hearingId },
      `Hearing ${open.hearingId} is still ${open.status}; conclude or cancel it before the resolution`,
    );
  }
  const { data, context } = command;
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const resolvedOn = data.resolvedOn ?? today;
  checks.oneOf('basis', RESOLUTION_BASES, data.basis);
  checks.requiredText('evidence', data.evidence, REASONING_MAX_LENGTH);
  if (checks.businessDate('resolvedOn', resolvedOn, { today, notBefore: latestProgrammeStep(enrolment) })) {
    if (data.basis === 'agreement_performed') checkAgreementPerformed(checks, petition, resolvedOn);
    if (data.basis === 'plan_done') checkPlanDone(checks, petition, enrolment, resolvedOn);
  }
  checks.throwIfAny();
  return [{ type: 'ProgrammeCaseResolved', data: { resolvedOn, basis: data.basis, evidence: data.evidence } }];
}

const doneBy = (date: IsoDate | undefined, resolvedOn: IsoDate) => date !== undefined && compareIsoDates(date, resolvedOn) <= 0;

function checkAgreementPerformed(checks: RuleChecks, petition: ExistingPetition, resolvedOn: IsoDate): void {
  const obligations = agreedObligations(petition);
  if (obligations.length === 0) return checks.add('basis', 'the case has no mediation agreement whose performance could be its basis');
  for (const { obligation, outcome } of obligations) {
    if (outcome?.outcome === 'performed' && doneBy(outcome.outcomeOn, resolvedOn)) continue;
    const state = outcome ? `${outcome.outcome} on ${outcome.outcomeOn}` : 'not recorded as performed';
    checks.add('basis', `the obligation of ${obligation.party} "${obligation.obligation}" (${obligation.obligationId}) is ${state}`);
  }
}

function checkPlanDone(checks: RuleChecks, petition: ExistingPetition, enrolment: Enrolment, resolvedOn: IsoDate): void {
  const tasks = programmeHearings(petition, enrolment).flatMap((hearing) => (hearing.status === 'concluded' ? (hearing.conclusion.planTasks ?? []) : []));
  if (tasks.length === 0) return checks.add('basis', "no hearing of the programme set a plan with tasks, so no plan can be done");
  for (const task of tasks) {
    if (doneBy(task.completion?.completedOn, resolvedOn)) continue;
    checks.add('basis', `the plan task "${task.task}" of ${task.ownerUnit} (${task.taskId}) is ${task.completion ? `done only on ${task.completion.completedOn}` : 'not done'}`);
  }
}

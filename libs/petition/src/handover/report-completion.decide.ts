import { shanghaiDate } from '../core/business-date.js';
import { isAttachmentOf } from '../case-file/case-file.record.js';
import { AlreadyRecordedError } from '../core/petition.errors.js';
import { DOCUMENT_TEXT_MAX_LENGTH, ID_MAX_LENGTH, MAX_ATTACHMENTS_PER_STEP } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { laterBound, type StepBound } from '../core/petition.timeline.js';
import { RuleChecks } from '../core/rule-checks.js';
import { refuseStep, refuseUnlessStageAllows } from '../core/step-guard.js';
import type { ReportCompletion } from './handover.commands.js';
import type { CompletionReportFiled } from './handover.events.js';
import { theCurrentHandover } from './handover.guards.js';
import { isVerified, pendingReport } from './handover.queries.js';
import type { UnitHandover } from './handover.types.js';

/**
 * 办结报告: for an assignment (交办) only — a forwarded case has nothing to report back (409) — once
 * the unit signed for it, until the bureau has verified one; a report waiting for its review is answered before another is filed.
 */
export function decideCompletionReport(command: ReportCompletion, petition: ExistingPetition): [CompletionReportFiled] {
  refuseUnlessStageAllows(petition, command.type, 'report_completion');
  const handover = theCurrentHandover(petition, command.type, 'report_completion');
  // Only an assignment reports back (a forwarded case does not), and only once the unit signed for it.
  if (handover.decision !== 'assigned' || !handover.receipt) return refuseStep(petition, command.type, 'report_completion');
  const verified = handover.reports.find((report) => report.review?.decision === 'verified');
  if (verified && isVerified(handover)) throw new AlreadyRecordedError(command.type, 'report_completion', verified.review!.reviewedOn, 'The bureau’s verification of the completion report');
  const pending = pendingReport(handover);
  if (pending) throw new AlreadyRecordedError(command.type, 'report_completion', pending.filedOn, 'A completion report waiting for the bureau’s review');
  const { data, context } = command;
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const filedOn = data.filedOn ?? today;
  const attachmentIds = data.attachmentIds ?? [];
  checks.requiredText('summary', data.summary, DOCUMENT_TEXT_MAX_LENGTH);
  if (checks.list('attachmentIds', attachmentIds, { min: 0, max: MAX_ATTACHMENTS_PER_STEP, what: 'attachments' })) {
    attachmentIds.forEach((id, i) => {
      checks.requiredText(`attachmentIds[${i}]`, id, ID_MAX_LENGTH);
      if (typeof id === 'string' && id.trim() !== '' && !isAttachmentOf(petition.caseFile, id)) checks.add(`attachmentIds[${i}]`, 'must name an attachment of this case (upload it first)');
    });
  }
  checks.businessDate('filedOn', filedOn, { today, notBefore: latestStepOf(handover) });
  checks.throwIfAny();
  return [{ type: 'CompletionReportFiled', data: { filedOn, unit: handover.toUnit, summary: data.summary, attachmentIds: [...new Set(attachmentIds)] } }];
}

/** A report follows the assignment, the unit's receipt and the bureau's return of the last one. */
function latestStepOf(handover: UnitHandover): StepBound {
  const steps: StepBound[] = [
    { date: handover.decidedAt, step: 'assignment' },
    ...(handover.receipt ? [{ date: handover.receipt.receivedOn, step: 'receipt' }] : []),
    ...handover.reports.flatMap((report) => (report.review ? [{ date: report.review.reviewedOn, step: 'return of the last report' }] : [])),
  ];
  return steps.reduce(laterBound);
}

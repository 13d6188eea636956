import { compareIsoDates, shanghaiDate } from '../core/business-date.js';
import { NOTE_MAX_LENGTH, REASON_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { RuleChecks } from '../core/rule-checks.js';
import { refuseStep, refuseUnlessStageAllows } from '../core/step-guard.js';
import type { ReviewCompletionReport } from './handover.commands.js';
import type { CompletionReportReturned, CompletionReportVerified } from './handover.events.js';
import { currentHandover, pendingReport } from './handover.queries.js';
import { REPORT_REVIEWS } from './handover.types.js';

/** 审核认定 (verified), or 退回重办 (returned) with the reason and a new report-by date, which starts a new completion-report clock. */
export function decideReportReview(command: ReviewCompletionReport, petition: ExistingPetition): [CompletionReportVerified | CompletionReportReturned] {
  refuseUnlessStageAllows(petition, command.type, 'verify_completion_report');
  const report = pendingReport(currentHandover(petition));
  if (!report) return refuseStep(petition, command.type, 'verify_completion_report');
  const { data, context } = command;
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const reviewedOn = data.reviewedOn ?? today;
  checks.oneOf('decision', REPORT_REVIEWS, data.decision);
  const reviewedOnValid = checks.businessDate('reviewedOn', reviewedOn, { today, notBefore: { date: report.filedOn, step: 'completion report' } });
  if (data.decision === 'returned') {
    checks.requiredText('reason', data.reason, REASON_MAX_LENGTH);
    if (checks.date('reportBy', data.reportBy, today) && reviewedOnValid && compareIsoDates(data.reportBy, reviewedOn) <= 0) checks.add('reportBy', `must come after the return on ${reviewedOn}`);
    checks.throwIfAny();
    return [{ type: 'CompletionReportReturned', data: { returnedOn: reviewedOn, reason: data.reason, reportBy: data.reportBy } }];
  }
  checks.optionalText('note', data.note, NOTE_MAX_LENGTH);
  checks.throwIfAny();
  return [{ type: 'CompletionReportVerified', data: { verifiedOn: reviewedOn, ...(data.note !== undefined && { note: data.note }) } }];
}

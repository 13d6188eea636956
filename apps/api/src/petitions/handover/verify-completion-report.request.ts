import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTE_MAX_LENGTH, REASON_MAX_LENGTH, REPORT_REVIEWS, type ReportReview } from '@xinfang/petition';
import { IsIn, IsString, MaxLength, ValidateIf } from 'class-validator';
import { OnlyWhen, Optional } from '../../http/request-fields.js';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { caseCommand } from '../command-path/case-command.route.js';

const OnlyFor = (decisions: readonly ReportReview[]) => OnlyWhen<VerifyCompletionReportRequest>('decision', decisions);

export class VerifyCompletionReportRequest {
  @ApiProperty({ enum: REPORT_REVIEWS, description: 'verified (审核认定) or returned for re-handling (退回重办)' })
  @IsIn(REPORT_REVIEWS)
  decision!: ReportReview;

  @ApiPropertyOptional({ description: 'Required when returned', maxLength: REASON_MAX_LENGTH })
  @ValidateIf((request: VerifyCompletionReportRequest) => request.decision === 'returned' || request.reason !== undefined)
  @OnlyFor(['returned']) @IsString() @IsNotBlank() @MaxLength(REASON_MAX_LENGTH)
  reason?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Required when returned: the new date to report by, after the return' })
  @ValidateIf((request: VerifyCompletionReportRequest) => request.decision === 'returned' || request.reportBy !== undefined)
  @OnlyFor(['returned']) @IsBusinessDate()
  reportBy?: string;

  @ApiPropertyOptional({ description: 'Optional when verified', maxLength: NOTE_MAX_LENGTH })
  @Optional() @OnlyFor(['verified']) @IsString() @IsNotBlank() @MaxLength(NOTE_MAX_LENGTH)
  note?: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; not before the report' })
  @Optional() @IsBusinessDate()
  reviewedOn?: string;
}

export const verifyCompletionReportRoute = caseCommand({
  name: 'VerifyCompletionReport',
  action: 'review',
  path: 'completion-report/verification',
  roles: ['clerk', 'admin'],
  summary: 'The bureau verifies the completion report, or returns it with the reason and a new report-by date',
  body: VerifyCompletionReportRequest,
  command: ({ decision, reason, reportBy, note, reviewedOn }) => ({
    type: 'ReviewCompletionReport',
    data:
      decision === 'returned'
        ? { decision, reason: reason!, reportBy: reportBy!, ...(reviewedOn !== undefined && { reviewedOn }) }
        : { decision, ...(note !== undefined && { note }), ...(reviewedOn !== undefined && { reviewedOn }) },
  }),
});

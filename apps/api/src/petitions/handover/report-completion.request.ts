import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DOCUMENT_TEXT_MAX_LENGTH, ID_MAX_LENGTH, MAX_ATTACHMENTS_PER_STEP } from '@xinfang/petition';
import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';
import { Optional } from '../../http/request-fields.js';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { caseCommand } from '../command-path/case-command.route.js';

export class ReportCompletionRequest {
  @ApiProperty({ description: 'What the unit did and how the matter ended (办结报告)', maxLength: DOCUMENT_TEXT_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(DOCUMENT_TEXT_MAX_LENGTH)
  summary!: string;

  @ApiPropertyOptional({ type: [String], maxItems: MAX_ATTACHMENTS_PER_STEP, description: 'Ids of the case’s attachments the report rests on' })
  @Optional() @IsArray() @ArrayMaxSize(MAX_ATTACHMENTS_PER_STEP) @IsString({ each: true }) @IsNotBlank({ each: true }) @MaxLength(ID_MAX_LENGTH, { each: true })
  attachmentIds?: string[];

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; not before the assignment, the receipt or the last return' })
  @Optional() @IsBusinessDate()
  filedOn?: string;
}

export const reportCompletionRoute = caseCommand({
  name: 'ReportCompletion',
  action: 'report',
  path: 'completion-report',
  roles: ['unit', 'clerk', 'admin'],
  summary: 'The assigned unit files its completion report (办结报告); only for an assignment (交办), once signed for',
  body: ReportCompletionRequest,
  command: ({ attachmentIds, ...rest }) => ({ type: 'ReportCompletion', data: { ...rest, ...(attachmentIds !== undefined && { attachmentIds: [...attachmentIds] }) } }),
});

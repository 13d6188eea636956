import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEMANDS_MAX_LENGTH, DOCUMENT_TEXT_MAX_LENGTH, LEGAL_BASIS_MAX_LENGTH, OPINION_OUTCOMES, type OpinionOutcome } from '@xinfang/petition';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { Optional } from '../../http/request-fields.js';

/** 处理意见书 (Art. 32): request, facts, reasons, decision and basis. */
export class IssueOpinionRequest {
  @ApiProperty({ enum: OPINION_OUTCOMES, description: 'The request is supported, explained, or not supported' })
  @IsIn(OPINION_OUTCOMES)
  outcome!: OpinionOutcome;

  @ApiProperty({ description: 'The petitioner’s request, as the opinion states it', maxLength: DEMANDS_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(DEMANDS_MAX_LENGTH)
  request!: string;

  @ApiProperty({ maxLength: DOCUMENT_TEXT_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(DOCUMENT_TEXT_MAX_LENGTH)
  facts!: string;

  @ApiProperty({ maxLength: DOCUMENT_TEXT_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(DOCUMENT_TEXT_MAX_LENGTH)
  reasons!: string;

  @ApiProperty({ maxLength: LEGAL_BASIS_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(LEGAL_BASIS_MAX_LENGTH)
  legalBasis!: string;

  @ApiPropertyOptional({ format: 'date', description: 'When it was served (YYYY-MM-DD); defaults to today; after every hearing and mediation of handling' })
  @Optional() @IsBusinessDate()
  servedOn?: string;
}

export const issueOpinionRoute = caseCommand({
  name: 'IssueOpinion',
  action: 'issue',
  path: 'opinion',
  roles: ['clerk', 'admin'],
  summary: 'Issue and serve the handling opinion (处理意见书, Art. 32)',
  body: IssueOpinionRequest,
  command: (body) => ({ type: 'IssueOpinion', data: { ...body } }),
});

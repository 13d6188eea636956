import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DOCUMENT_TEXT_MAX_LENGTH, REVIEW_OUTCOMES, type ReviewOutcome, UNIT_MAX_LENGTH } from '@xinfang/petition';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { Optional } from '../../http/request-fields.js';

export class IssueReviewOpinionRequest {
  @ApiProperty({ enum: REVIEW_OUTCOMES, description: 'The opinion before it is upheld, changed or revoked' })
  @IsIn(REVIEW_OUTCOMES)
  outcome!: ReviewOutcome;

  @ApiProperty({ maxLength: DOCUMENT_TEXT_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(DOCUMENT_TEXT_MAX_LENGTH)
  reasons!: string;

  @ApiProperty({ maxLength: UNIT_MAX_LENGTH, example: '县人民政府' })
  @IsString() @IsNotBlank() @MaxLength(UNIT_MAX_LENGTH)
  reviewingOrgan!: string;

  @ApiPropertyOptional({ format: 'date', description: 'When it was served (YYYY-MM-DD); defaults to today; after the request and any hearing held on it' })
  @Optional() @IsBusinessDate()
  servedOn?: string;
}

export const issueReviewOpinionRoute = caseCommand({
  name: 'IssueReviewOpinion',
  action: 'issue',
  path: 'review/opinion',
  roles: ['clerk', 'admin'],
  summary: 'Serve the review opinion (复查意见书)',
  body: IssueReviewOpinionRequest,
  command: (body) => ({ type: 'IssueReviewOpinion', data: { ...body } }),
});

import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DOCUMENT_TEXT_MAX_LENGTH, NAME_MAX_LENGTH } from '@xinfang/petition';
import { IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { Optional } from '../../http/request-fields.js';

/** The petitioner's request, recorded by a clerk. */
export class RequestReviewRequest {
  @ApiProperty({ description: 'The petitioner who asks, by name as registered', maxLength: NAME_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(NAME_MAX_LENGTH)
  requestedBy!: string;

  @ApiProperty({ maxLength: DOCUMENT_TEXT_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(DOCUMENT_TEXT_MAX_LENGTH)
  reasons!: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; within 30 days of the opinion contested' })
  @Optional() @IsBusinessDate()
  requestedOn?: string;
}

export const requestReviewRoute = caseCommand({
  name: 'RequestReview',
  action: 'request',
  path: 'review',
  roles: ['clerk', 'admin'],
  summary: 'Record the petitioner’s request for review (复查), within 30 days of the opinion (Art. 35)',
  body: RequestReviewRequest,
  command: (body) => ({ type: 'RequestReview', data: { ...body } }),
});

import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RATINGS, type Rating } from '@xinfang/petition';
import { IsIn } from 'class-validator';
import { IsBusinessDate } from '../../http/validators.js';
import { Optional } from '../../http/request-fields.js';

export class RecordRatingRequest {
  @ApiProperty({ enum: RATINGS, description: '满意 satisfied, 基本满意 basically_satisfied, 不满意 dissatisfied' })
  @IsIn(RATINGS)
  rating!: Rating;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; within 30 days of the closure' })
  @Optional() @IsBusinessDate()
  ratedOn?: string;
}

export const recordRatingRoute = caseCommand({
  name: 'RecordRating',
  action: 'rate',
  path: 'rating',
  roles: ['clerk', 'admin'],
  summary: 'Record the petitioner’s satisfaction with a closed case, within 30 days of its closure',
  body: RecordRatingRequest,
  command: (body) => ({ type: 'RecordRating', data: { ...body } }),
});

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RATINGS, type Rating } from '@xinfang/petition';
import { IsIn } from 'class-validator';
import { IsBusinessDate } from '../../http/validators.js';
import { Optional } from '../request-fields.js';

export class RecordRatingRequest {
  @ApiProperty({ enum: RATINGS, description: '满意 satisfied, 基本满意 basically_satisfied, 不满意 dissatisfied' })
  @IsIn(RATINGS)
  rating!: Rating;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; within 30 days of the closure' })
  @Optional() @IsBusinessDate()
  ratedOn?: string;
}

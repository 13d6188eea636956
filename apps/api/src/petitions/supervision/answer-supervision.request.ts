import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REASON_MAX_LENGTH } from '@xinfang/petition';
import { IsString, MaxLength } from 'class-validator';
import { Optional } from '../../http/request-fields.js';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { caseCommand } from '../command-path/case-command.route.js';

export class AnswerSupervisionRequest {
  @ApiProperty({ description: 'The unit’s progress on the matter', maxLength: REASON_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(REASON_MAX_LENGTH)
  progress!: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD: when the unit expects to complete' })
  @Optional() @IsBusinessDate()
  expectedCompletion?: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; not before the supervision or its escalation' })
  @Optional() @IsBusinessDate()
  answeredOn?: string;
}

export const answerSupervisionRoute = caseCommand({
  name: 'AnswerSupervision',
  action: 'answer',
  path: 'supervisions/:sid/answer',
  roles: ['unit', 'clerk', 'admin'],
  summary: 'The supervised unit answers (反馈) at the supervision’s current level; another unit’s supervision is 404',
  body: AnswerSupervisionRequest,
  command: (body, { params }) => ({ type: 'AnswerSupervision', data: { ...body, supervisionId: params.sid! } }),
});

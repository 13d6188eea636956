import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REASON_MAX_LENGTH } from '@xinfang/petition';
import { IsString, MaxLength } from 'class-validator';
import { Optional } from '../../http/request-fields.js';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { caseCommand } from '../command-path/case-command.route.js';

export class EscalateSupervisionRequest {
  @ApiProperty({ description: 'Why: unanswered past the answer-by date, or the answer fell short', maxLength: REASON_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(REASON_MAX_LENGTH)
  reason!: string;

  @ApiProperty({ format: 'date', description: 'YYYY-MM-DD: the new answer-by date; not in the past, after the escalation' })
  @IsBusinessDate()
  answerBy!: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; an unanswered supervision only after its answer-by date' })
  @Optional() @IsBusinessDate()
  escalatedOn?: string;
}

export const escalateSupervisionRoute = caseCommand({
  name: 'EscalateSupervision',
  action: 'escalate',
  path: 'supervisions/:sid/escalation',
  roles: ['clerk', 'admin'],
  summary: 'Escalate a supervision one level (催办 → 督办 → 挂牌督办) with a new answer-by date; 409 past listed supervision',
  body: EscalateSupervisionRequest,
  command: (body, { params }) => ({ type: 'EscalateSupervision', data: { ...body, supervisionId: params.sid! } }),
});

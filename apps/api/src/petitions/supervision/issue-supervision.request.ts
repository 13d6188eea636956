import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SUBJECT_MAX_LENGTH, SUPERVISION_LEVELS, type SupervisionLevel, UNIT_MAX_LENGTH } from '@xinfang/petition';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { Optional } from '../../http/request-fields.js';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { caseCommand } from '../command-path/case-command.route.js';
import { CommandResponse } from '../command-path/command-response.js';

export class IssueSupervisionRequest {
  @ApiProperty({ enum: SUPERVISION_LEVELS, description: 'reminder (催办), notice (督办, 督办单) or listed (挂牌督办, reported to the county leadership)' })
  @IsIn(SUPERVISION_LEVELS)
  level!: SupervisionLevel;

  @ApiProperty({ description: 'What the unit is supervised on', maxLength: SUBJECT_MAX_LENGTH, example: '逾期未报送办结报告' })
  @IsString() @IsNotBlank() @MaxLength(SUBJECT_MAX_LENGTH)
  subject!: string;

  @ApiProperty({ format: 'date', description: 'YYYY-MM-DD: the unit answers by it; not in the past, after the issue' })
  @IsBusinessDate()
  answerBy!: string;

  @ApiPropertyOptional({ description: 'A unit the case is with now (its code); defaults to the unit handling it', maxLength: UNIT_MAX_LENGTH })
  @Optional() @IsString() @IsNotBlank() @MaxLength(UNIT_MAX_LENGTH)
  unit?: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today' })
  @Optional() @IsBusinessDate()
  issuedOn?: string;
}

export class IssuedSupervisionResponse extends CommandResponse {
  @ApiProperty({ format: 'uuid', description: 'The new supervision’s id, for its answer and escalation' })
  supervisionId!: string;
}

export const issueSupervisionRoute = caseCommand({
  name: 'IssueSupervision',
  action: 'issue',
  path: 'supervisions',
  roles: ['clerk', 'admin'],
  summary: 'Supervise the case’s unit (督查督办): a reminder, notice or listed supervision with an answer-by date; 409 on a closed or concluded case',
  body: IssueSupervisionRequest,
  creates: { record: 'supervision', location: (petitionId, supervisionId) => `/petitions/${petitionId}/supervisions/${supervisionId}`, response: IssuedSupervisionResponse },
  command: (body, { newId }) => ({ type: 'IssueSupervision', data: { ...body, supervisionId: newId! } }),
});

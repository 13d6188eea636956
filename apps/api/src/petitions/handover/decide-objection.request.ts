import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OBJECTION_DECISIONS, type ObjectionDecision, REASON_MAX_LENGTH } from '@xinfang/petition';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { Optional } from '../../http/request-fields.js';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { caseCommand } from '../command-path/case-command.route.js';

export class DecideObjectionRequest {
  @ApiProperty({ enum: OBJECTION_DECISIONS, description: 'upheld: the bureau routes the case again; rejected: the unit keeps it' })
  @IsIn(OBJECTION_DECISIONS)
  decision!: ObjectionDecision;

  @ApiProperty({ maxLength: REASON_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(REASON_MAX_LENGTH)
  reason!: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; not before the objection' })
  @Optional() @IsBusinessDate()
  decidedOn?: string;
}

export const decideObjectionRoute = caseCommand({
  name: 'DecideObjection',
  action: 'decide',
  path: 'objection/decision',
  roles: ['clerk', 'admin'],
  summary: 'The bureau decides a unit’s objection: upheld (route the case again) or rejected (the unit keeps it)',
  body: DecideObjectionRequest,
  command: (body) => ({ type: 'DecideObjection', data: { ...body } }),
});

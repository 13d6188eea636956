import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REASON_MAX_LENGTH, UNIT_MAX_LENGTH } from '@xinfang/petition';
import { IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { Optional } from '../../http/request-fields.js';

export class RaiseObjectionRequest {
  @ApiProperty({ description: 'The objecting unit: the one the case was forwarded or assigned to', maxLength: UNIT_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(UNIT_MAX_LENGTH)
  unit!: string;

  @ApiProperty({ maxLength: REASON_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(REASON_MAX_LENGTH)
  reason!: string;

  @ApiPropertyOptional({ format: 'date', description: 'When the unit objected (YYYY-MM-DD); defaults to today; within 5 working days of the handover' })
  @Optional() @IsBusinessDate()
  objectedAt?: string;
}

export const raiseObjectionRoute = caseCommand({
  name: 'RaiseObjection',
  action: 'object',
  path: 'objection',
  roles: ['clerk', 'admin'],
  summary: 'The receiving unit objects to a forwarding or assignment, within 5 working days (Art. 23 ¶3)',
  body: RaiseObjectionRequest,
  command: (body) => ({ type: 'RaiseObjection', data: { ...body } }),
});

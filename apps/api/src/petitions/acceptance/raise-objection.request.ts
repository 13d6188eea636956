import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REASON_MAX_LENGTH, UNIT_MAX_LENGTH } from '@xinfang/petition';
import { IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { Optional } from '../../http/request-fields.js';

export class RaiseObjectionRequest {
  @ApiPropertyOptional({ description: 'The objecting unit: the one the case was forwarded or assigned to (its code, or the name it was handed over by); defaults to it, and to the caller’s own unit for a unit’s user', maxLength: UNIT_MAX_LENGTH })
  @Optional() @IsString() @IsNotBlank() @MaxLength(UNIT_MAX_LENGTH)
  unit?: string;

  @ApiProperty({ maxLength: REASON_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(REASON_MAX_LENGTH)
  reason!: string;

  @ApiPropertyOptional({ format: 'date', description: 'When the unit objected (YYYY-MM-DD); defaults to today; within 5 working days of its receipt (of the handover, when no receipt was recorded)' })
  @Optional() @IsBusinessDate()
  objectedAt?: string;
}

export const raiseObjectionRoute = caseCommand({
  name: 'RaiseObjection',
  action: 'object',
  path: 'objection',
  roles: ['unit', 'clerk', 'admin'],
  summary: 'The receiving unit objects that the matter is not its own, within 5 working days of its receipt (Art. 22); a clerk may record it for the unit',
  body: RaiseObjectionRequest,
  command: (body) => ({ type: 'RaiseObjection', data: { ...body } }),
});

import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTE_MAX_LENGTH, UNIT_MAX_LENGTH } from '@xinfang/petition';
import { IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { Optional } from '../../http/request-fields.js';

export class StartMediationRequest {
  @ApiProperty({ description: 'Who mediates: a person or a mediation committee', maxLength: UNIT_MAX_LENGTH, example: '县人民调解委员会' })
  @IsString() @IsNotBlank() @MaxLength(UNIT_MAX_LENGTH)
  mediator!: string;

  @ApiPropertyOptional({ maxLength: NOTE_MAX_LENGTH })
  @Optional() @IsString() @IsNotBlank() @MaxLength(NOTE_MAX_LENGTH)
  note?: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; not before the acceptance' })
  @Optional() @IsBusinessDate()
  startedOn?: string;
}

export const startMediationRoute = caseCommand({
  name: 'StartMediation',
  action: 'start',
  path: 'mediation',
  roles: ['clerk', 'admin'],
  summary: 'Start a mediation (调解)',
  body: StartMediationRequest,
  command: (body) => ({ type: 'StartMediation', data: { ...body } }),
});

import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REASON_MAX_LENGTH } from '@xinfang/petition';
import { IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { Optional } from '../../http/request-fields.js';

export class RecordMediationFailureRequest {
  @ApiProperty({ maxLength: REASON_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(REASON_MAX_LENGTH)
  reason!: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; not before the mediation’s latest step' })
  @Optional() @IsBusinessDate()
  failedOn?: string;
}

export const recordMediationFailureRoute = caseCommand({
  name: 'RecordMediationFailure',
  action: 'record',
  path: 'mediation/failure',
  roles: ['clerk', 'admin'],
  summary: 'The running mediation ends without agreement',
  body: RecordMediationFailureRequest,
  command: (body) => ({ type: 'RecordMediationFailure', data: { ...body } }),
});

import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REASON_MAX_LENGTH, RECUSAL_OUTCOMES, type RecusalOutcome } from '@xinfang/petition';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { Optional } from '../../http/request-fields.js';

export class DecideRecusalRequest {
  @ApiProperty({ enum: RECUSAL_OUTCOMES, description: 'granted: the member steps aside, gives no opinion and owes none' })
  @IsIn(RECUSAL_OUTCOMES)
  outcome!: RecusalOutcome;

  @ApiProperty({ maxLength: REASON_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(REASON_MAX_LENGTH)
  reasons!: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; not before the request' })
  @Optional() @IsBusinessDate()
  decidedOn?: string;
}

export const decideRecusalRoute = caseCommand({
  name: 'DecideRecusal',
  action: 'decide',
  path: 'hearings/:hid/recusals/:rid/decision',
  roles: ['panel', 'clerk', 'admin'],
  summary: 'The chair grants or refuses a recusal request; a request against the chair is decided by the bureau (a clerk)',
  body: DecideRecusalRequest,
  command: (body, { params }) => ({ type: 'DecideRecusal', data: { ...body, hearingId: params.hid!, recusalId: params.rid! } }),
});

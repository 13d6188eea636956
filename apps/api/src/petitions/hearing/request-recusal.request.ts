import { CommandResponse } from '../command-path/command-response.js';
import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ID_MAX_LENGTH, NAME_MAX_LENGTH, REASON_MAX_LENGTH } from '@xinfang/petition';
import { IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { Optional } from '../../http/request-fields.js';

export class RequestRecusalRequest {
  @ApiProperty({ description: 'The panel member the petitioner asks to step aside', maxLength: ID_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(ID_MAX_LENGTH)
  memberId!: string;

  @ApiProperty({ description: 'The petitioner who asks, by name', maxLength: NAME_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(NAME_MAX_LENGTH)
  requestedBy!: string;

  @ApiProperty({ maxLength: REASON_MAX_LENGTH, example: '该法官曾审理本案民事诉讼' })
  @IsString() @IsNotBlank() @MaxLength(REASON_MAX_LENGTH)
  grounds!: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; not before the hearing was scheduled' })
  @Optional() @IsBusinessDate()
  requestedOn?: string;
}

export class RecusalRequestedResponse extends CommandResponse {
  @ApiProperty({ format: 'uuid', description: 'The request’s id, for its decision' })
  recusalId!: string;
}

export const requestRecusalRoute = caseCommand({
  name: 'RequestRecusal',
  action: 'request',
  path: 'hearings/:hid/recusals',
  roles: ['clerk', 'admin'],
  summary: 'The petitioner asks that a panel member step aside (回避, 条例 Art. 28), before that member’s opinion; Location names the request',
  body: RequestRecusalRequest,
  creates: {
    record: 'recusal',
    location: (petitionId, recusalId, params) => `/petitions/${petitionId}/hearings/${params.hid}/recusals/${recusalId}`,
    response: RecusalRequestedResponse,
  },
  command: (body, { params, newId }) => ({ type: 'RequestRecusal', data: { ...body, hearingId: params.hid!, recusalId: newId! } }),
});

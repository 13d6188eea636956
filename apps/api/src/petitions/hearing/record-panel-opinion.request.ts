import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OPINION_VALUES, type OpinionValue, REASONING_MAX_LENGTH } from '@xinfang/petition';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { Optional } from '../../http/request-fields.js';

/** No member id: the opinion is the caller's own (the token's `sub`). */
export class RecordPanelOpinionRequest {
  @ApiProperty({ enum: OPINION_VALUES, description: 'On the petitioner’s demands: supports, partially supports, does not support' })
  @IsIn(OPINION_VALUES)
  opinion!: OpinionValue;

  @ApiProperty({ maxLength: REASONING_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(REASONING_MAX_LENGTH)
  reasoning!: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; not before the hearing day' })
  @Optional() @IsBusinessDate()
  givenOn?: string;
}

export const recordPanelOpinionRoute = caseCommand({
  name: 'RecordPanelOpinion',
  action: 'record',
  path: 'hearings/:hid/opinions',
  roles: ['panel'],
  summary: 'A panel member records their own opinion; the member is the caller (token sub)',
  body: RecordPanelOpinionRequest,
  command: (body, { params, context }) => ({ type: 'RecordPanelOpinion', data: { ...body, hearingId: params.hid!, memberId: context.actor.id } }),
});

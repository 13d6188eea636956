import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DOCUMENT_TEXT_MAX_LENGTH, ID_MAX_LENGTH, MAX_PANEL_MEMBERS, OPINION_VALUES, type OpinionValue, REASONING_MAX_LENGTH } from '@xinfang/petition';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { Optional } from '../../http/request-fields.js';

export class ConcludeHearingRequest {
  @ApiProperty({ enum: OPINION_VALUES, description: 'The panel’s deliberated conclusion' })
  @IsIn(OPINION_VALUES)
  conclusion!: OpinionValue;

  @ApiProperty({ maxLength: DOCUMENT_TEXT_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(DOCUMENT_TEXT_MAX_LENGTH)
  findings!: string;

  @ApiProperty({ maxLength: REASONING_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(REASONING_MAX_LENGTH)
  resolutionPlan!: string;

  @ApiProperty({ format: 'date', description: '限期办结: the responsible unit resolves the matter by this day, after the conclusion' })
  @IsBusinessDate()
  resolveBy!: string;

  @ApiPropertyOptional({ type: [String], maxItems: MAX_PANEL_MEMBERS, description: 'Members who did not sit and so owe no opinion; every other member must have given theirs' })
  @Optional() @IsArray() @ArrayMaxSize(MAX_PANEL_MEMBERS) @ArrayUnique() @IsString({ each: true }) @IsNotBlank({ each: true }) @MaxLength(ID_MAX_LENGTH, { each: true })
  absentMemberIds?: string[];

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; not before the hearing day or any opinion' })
  @Optional() @IsBusinessDate()
  concludedOn?: string;
}

export const concludeHearingRoute = caseCommand({
  name: 'ConcludeHearing',
  action: 'conclude',
  path: 'hearings/:hid/conclusion',
  roles: ['panel'],
  summary: 'The chair records the deliberated conclusion, findings, resolution plan and resolve-by date (限期办结)',
  body: ConcludeHearingRequest,
  command: (body, { params }) => ({ type: 'ConcludeHearing', data: { ...body, hearingId: params.hid! } }),
});

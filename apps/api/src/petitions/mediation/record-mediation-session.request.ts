import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DELAY_PARTIES, type DelayParty, MAX_ATTENDEES, NAME_MAX_LENGTH, REASON_MAX_LENGTH, REASONING_MAX_LENGTH } from '@xinfang/petition';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { OnlyWhen, Optional } from '../../http/request-fields.js';

const DELAYING_PARTIES = DELAY_PARTIES.filter((party) => party !== 'none');

export class RecordMediationSessionRequest {
  @ApiProperty({ type: [String], minItems: 1, maxItems: MAX_ATTENDEES, description: 'Who attended, by name' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_ATTENDEES) @IsString({ each: true }) @IsNotBlank({ each: true }) @MaxLength(NAME_MAX_LENGTH, { each: true })
  attendees!: string[];

  @ApiProperty({ maxLength: REASONING_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(REASONING_MAX_LENGTH)
  summary!: string;

  @ApiPropertyOptional({ enum: DELAY_PARTIES, default: 'none', description: 'Who asked to put the matter off at this session' })
  @Optional() @IsIn(DELAY_PARTIES)
  delayRequestedBy?: DelayParty;

  @ApiPropertyOptional({ maxLength: REASON_MAX_LENGTH, description: 'Required when a party asked for a delay; refused otherwise' })
  @ValidateIf((request: RecordMediationSessionRequest) => (request.delayRequestedBy !== undefined && request.delayRequestedBy !== 'none') || request.delayReason !== undefined)
  @OnlyWhen<RecordMediationSessionRequest>('delayRequestedBy', DELAYING_PARTIES) @IsString() @IsNotBlank() @MaxLength(REASON_MAX_LENGTH)
  delayReason?: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; not before the mediation’s latest step' })
  @Optional() @IsBusinessDate()
  heldOn?: string;
}

export const recordMediationSessionRoute = caseCommand({
  name: 'RecordMediationSession',
  action: 'record',
  path: 'mediation/sessions',
  roles: ['clerk', 'admin'],
  summary: 'Record a session of the running mediation, and who (if anyone) asked for a delay',
  body: RecordMediationSessionRequest,
  command: (body) => ({ type: 'RecordMediationSession', data: { ...body } }),
});

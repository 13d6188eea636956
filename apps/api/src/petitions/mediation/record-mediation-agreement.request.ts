import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DOCUMENT_TEXT_MAX_LENGTH, MAX_OBLIGATIONS, OBLIGATION_MAX_LENGTH, UNIT_MAX_LENGTH } from '@xinfang/petition';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { Optional } from '../../http/request-fields.js';
import { mintedId } from '../../http/deterministic-ids.js';

export class MediationObligationRequest {
  @ApiProperty({ description: 'Who owes it: the petitioner, the responsible unit or another party, by name', maxLength: UNIT_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(UNIT_MAX_LENGTH)
  party!: string;

  @ApiProperty({ maxLength: OBLIGATION_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(OBLIGATION_MAX_LENGTH)
  obligation!: string;

  @ApiProperty({ format: 'date', description: 'Due on this day, not before the agreement' })
  @IsBusinessDate()
  dueOn!: string;
}

export class RecordMediationAgreementRequest {
  @ApiProperty({ maxLength: DOCUMENT_TEXT_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(DOCUMENT_TEXT_MAX_LENGTH)
  terms!: string;

  @ApiProperty({ type: [MediationObligationRequest], minItems: 1, maxItems: MAX_OBLIGATIONS })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_OBLIGATIONS) @ValidateNested({ each: true }) @IsObject({ each: true }) @Type(() => MediationObligationRequest)
  obligations!: MediationObligationRequest[];

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; not before the mediation’s latest step' })
  @Optional() @IsBusinessDate()
  agreedOn?: string;
}

export const recordMediationAgreementRoute = caseCommand({
  name: 'RecordMediationAgreement',
  action: 'record',
  path: 'mediation/agreement',
  roles: ['clerk', 'admin'],
  summary: 'The running mediation ends in an agreement (调解协议): terms and obligations, each given an id (in the case record) for its performance',
  body: RecordMediationAgreementRequest,
  command: ({ obligations, ...rest }, { context }) => ({
    type: 'RecordMediationAgreement',
    data: { ...rest, obligations: obligations.map((obligation, index) => ({ obligationId: mintedId(context, `obligation\n${index}`), ...obligation })) },
  }),
});

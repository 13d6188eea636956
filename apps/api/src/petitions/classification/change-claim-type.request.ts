import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLAIM_TYPES, type ClaimType, REASON_MAX_LENGTH } from '@xinfang/petition';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { Optional } from '../../http/request-fields.js';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { caseCommand } from '../command-path/case-command.route.js';

export class ChangeClaimTypeRequest {
  @ApiProperty({ enum: CLAIM_TYPES, description: 'suggestion 建议意见类, accusation 检举控告类, claim 申诉求决类 (Arts. 29–31)' })
  @IsIn(CLAIM_TYPES)
  claimType!: ClaimType;

  @ApiProperty({ maxLength: REASON_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(REASON_MAX_LENGTH)
  reason!: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; not before any recorded step' })
  @Optional() @IsBusinessDate()
  changedOn?: string;
}

export const changeClaimTypeRoute = caseCommand({
  name: 'ChangeClaimType',
  action: 'change',
  path: 'claim-type',
  roles: ['clerk', 'admin'],
  summary: 'Change the matter’s claim type (依法分类处理), with the reason',
  body: ChangeClaimTypeRequest,
  command: (body) => ({ type: 'ChangeClaimType', data: { ...body } }),
});

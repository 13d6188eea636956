import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTICE_DECISIONS, type NoticeDecision, REASON_MAX_LENGTH } from '@xinfang/petition';
import { IsIn, IsString, MaxLength, ValidateIf } from 'class-validator';
import { Optional } from '../../http/request-fields.js';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { caseCommand } from '../command-path/case-command.route.js';

export class NotifyPetitionerRequest {
  @ApiProperty({ enum: NOTICE_DECISIONS, description: 'What the unit told the petitioner in writing: it accepts the matter, or not (Art. 22)' })
  @IsIn(NOTICE_DECISIONS)
  decision!: NoticeDecision;

  @ApiPropertyOptional({ description: 'Required when not accepted', maxLength: REASON_MAX_LENGTH })
  @ValidateIf((request: NotifyPetitionerRequest) => request.decision === 'not_accepted' || request.reason !== undefined)
  @IsString() @IsNotBlank() @MaxLength(REASON_MAX_LENGTH)
  reason?: string;

  @ApiPropertyOptional({ format: 'date', description: 'The day the notice was served (YYYY-MM-DD); defaults to today; within 15 days of the receipt' })
  @Optional() @IsBusinessDate()
  servedOn?: string;
}

export const notifyPetitionerRoute = caseCommand({
  name: 'NotifyPetitioner',
  action: 'notify',
  path: 'handover/notice',
  roles: ['unit', 'clerk', 'admin'],
  summary: 'The unit’s written notice to the petitioner whether it accepts the matter; on a case still with the unit it is also the acceptance decision',
  body: NotifyPetitionerRequest,
  command: (body) => ({ type: 'NotifyPetitioner', data: { ...body } }),
});

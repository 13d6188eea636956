import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REASON_MAX_LENGTH } from '@xinfang/petition';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { OnlyWhen, Optional } from '../../http/request-fields.js';

export const HEARING_CHANGES = ['adjourn', 'cancel'] as const;
export type HearingChange = (typeof HEARING_CHANGES)[number];

export class AdjournHearingRequest {
  @ApiProperty({ enum: HEARING_CHANGES, description: 'adjourn: put a scheduled hearing off (resume it with …/rescheduling); cancel: call a scheduled or adjourned hearing off for good' })
  @IsIn(HEARING_CHANGES)
  action!: HearingChange;

  @ApiProperty({ maxLength: REASON_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(REASON_MAX_LENGTH)
  reason!: string;

  @ApiPropertyOptional({ format: 'date', description: 'Only when adjourning: YYYY-MM-DD, defaults to today' })
  @Optional() @OnlyWhen<AdjournHearingRequest>('action', ['adjourn']) @IsBusinessDate()
  adjournedOn?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Only when cancelling: YYYY-MM-DD, defaults to today' })
  @Optional() @OnlyWhen<AdjournHearingRequest>('action', ['cancel']) @IsBusinessDate()
  cancelledOn?: string;
}

export const adjournHearingRoute = caseCommand({
  name: 'AdjournHearing',
  action: 'adjourn',
  path: 'hearings/:hid/adjournment',
  roles: ['clerk', 'admin'],
  summary: 'Adjourn or cancel a hearing, with the reason',
  body: AdjournHearingRequest,
  command: ({ action, reason, adjournedOn, cancelledOn }, { params }) =>
    action === 'cancel'
      ? { type: 'CancelHearing', data: { hearingId: params.hid!, reason, ...(cancelledOn !== undefined && { cancelledOn }) } }
      : { type: 'AdjournHearing', data: { hearingId: params.hid!, reason, ...(adjournedOn !== undefined && { adjournedOn }) } },
});

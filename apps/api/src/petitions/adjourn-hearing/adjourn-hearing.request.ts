import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REASON_MAX_LENGTH } from '@xinfang/petition';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { OnlyWhen, Optional } from '../request-fields.js';

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

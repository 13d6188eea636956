import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { VENUE_MAX_LENGTH } from '@xinfang/petition';
import { IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { Optional } from '../../http/request-fields.js';

export class RescheduleHearingRequest {
  @ApiProperty({ format: 'date', description: 'The new day the hearing sits; may lie ahead, not before `rescheduledOn`' })
  @IsBusinessDate()
  hearingDate!: string;

  @ApiPropertyOptional({ description: 'A new venue; the old one when omitted', maxLength: VENUE_MAX_LENGTH })
  @Optional() @IsString() @IsNotBlank() @MaxLength(VENUE_MAX_LENGTH)
  venue?: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; not before the adjournment' })
  @Optional() @IsBusinessDate()
  rescheduledOn?: string;
}

export const rescheduleHearingRoute = caseCommand({
  name: 'RescheduleHearing',
  action: 'reschedule',
  path: 'hearings/:hid/rescheduling',
  roles: ['clerk', 'admin'],
  summary: 'Resume an adjourned hearing on a new date (and venue); its panel and opinions stay',
  body: RescheduleHearingRequest,
  command: (body, { params }) => ({ type: 'RescheduleHearing', data: { ...body, hearingId: params.hid! } }),
});

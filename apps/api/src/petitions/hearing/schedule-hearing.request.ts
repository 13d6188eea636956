import { CommandResponse } from '../command-path/command-response.js';
import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HEARING_ROLES, type HearingRole, ID_MAX_LENGTH, MAX_PANEL_MEMBERS, NAME_MAX_LENGTH, REASON_MAX_LENGTH, UNIT_MAX_LENGTH, VENUE_MAX_LENGTH } from '@xinfang/petition';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDefined, IsIn, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { Optional } from '../../http/request-fields.js';

export class PanelMemberRequest {
  @ApiProperty({ description: 'The member’s user id: the `sub` of the token they will record their opinion with', maxLength: ID_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(ID_MAX_LENGTH)
  memberId!: string;

  @ApiProperty({ example: '张法官', maxLength: NAME_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(NAME_MAX_LENGTH)
  name!: string;

  @ApiProperty({ enum: HEARING_ROLES, description: 'chair (petition bureau / political-legal committee), judge, lawyer, mediator, deputy (NPC / CPPCC)' })
  @IsIn(HEARING_ROLES)
  role!: HearingRole;

  @ApiPropertyOptional({
    description: 'The member’s declaration (recusal, 条例 Art. 28): true — no direct interest in the matter; false — an interest, and the member is refused. Required for every member of a hearing of a case in the programme',
  })
  @Optional() @IsBoolean()
  noDirectInterest?: boolean;

  @ApiPropertyOptional({ description: 'Any earlier part in the underlying matter (the judge who tried it, the official who decided it): the member is refused', maxLength: REASON_MAX_LENGTH })
  @Optional() @IsString() @IsNotBlank() @MaxLength(REASON_MAX_LENGTH)
  priorInvolvement?: string;
}

export class HearingAttendeesRequest {
  @ApiProperty({ description: 'Whether the petitioner attends in person' })
  @IsBoolean()
  petitioner!: boolean;

  @ApiPropertyOptional({ description: 'The petitioner’s lawyer, if any', maxLength: NAME_MAX_LENGTH })
  @Optional() @IsString() @IsNotBlank() @MaxLength(NAME_MAX_LENGTH)
  petitionerLawyer?: string;

  @ApiProperty({ description: 'The responsible unit that attends', maxLength: UNIT_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(UNIT_MAX_LENGTH)
  responsibleUnit!: string;
}

export class ScheduleHearingRequest {
  @ApiPropertyOptional({ format: 'date', description: 'The day it was scheduled (YYYY-MM-DD); defaults to today; not before the stage it is held in began' })
  @Optional() @IsBusinessDate()
  scheduledOn?: string;

  @ApiProperty({ format: 'date', description: 'The day the hearing sits; may lie ahead, not before `scheduledOn`' })
  @IsBusinessDate()
  hearingDate!: string;

  @ApiProperty({ maxLength: VENUE_MAX_LENGTH, example: '县信访局模拟法庭' })
  @IsString() @IsNotBlank() @MaxLength(VENUE_MAX_LENGTH)
  venue!: string;

  @ApiProperty({
    type: [PanelMemberRequest],
    minItems: 1,
    maxItems: MAX_PANEL_MEMBERS,
    description:
      'Exactly one chair, at least one judge, at least one lawyer or mediator, optionally deputies; nobody twice; neither the case’s handler, nor a member with a declared interest or prior involvement (422 naming the member)',
  })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_PANEL_MEMBERS) @ValidateNested({ each: true }) @IsObject({ each: true }) @Type(() => PanelMemberRequest)
  panel!: PanelMemberRequest[];

  @ApiProperty({ type: HearingAttendeesRequest })
  @IsDefined() @IsObject() @ValidateNested() @Type(() => HearingAttendeesRequest)
  attendees!: HearingAttendeesRequest;
}

export class ScheduledHearingResponse extends CommandResponse {
  @ApiProperty({ format: 'uuid', description: 'The new hearing’s id, for its opinions, conclusion and adjournment' })
  hearingId!: string;
}

export const scheduleHearingRoute = caseCommand({
  name: 'ScheduleHearing',
  action: 'schedule',
  path: 'hearings',
  roles: ['clerk', 'admin'],
  summary: 'Schedule a mock-court hearing (模拟法庭) with its panel, in handling, review or final review, or in any stage for a case in the programme; Location names the new hearing',
  body: ScheduleHearingRequest,
  creates: { record: 'hearing', location: (petitionId, hearingId) => `/petitions/${petitionId}/hearings/${hearingId}`, response: ScheduledHearingResponse },
  command: ({ panel, attendees, ...rest }, { newId }) => ({
    type: 'ScheduleHearing',
    data: { ...rest, hearingId: newId!, panel: panel.map((member) => ({ ...member })), attendees: { ...attendees } },
  }),
});

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HEARING_ROLES, HEARING_STAGES, HEARING_STATUSES, OPINION_VALUES } from '@xinfang/petition';

// The OpenAPI shape of a hearing as the case record holds it (`Hearing` in @xinfang/petition).

export class PanelMemberView {
  @ApiProperty({ description: 'The member’s user id (token `sub`)' }) memberId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: HEARING_ROLES }) role!: string;
}

export class HearingAttendeesView {
  @ApiProperty() petitioner!: boolean;
  @ApiPropertyOptional() petitionerLawyer?: string;
  @ApiProperty() responsibleUnit!: string;
}

export class PanelOpinionView {
  @ApiProperty({ description: 'Whose opinion: a `memberId` of the panel' }) memberId!: string;
  @ApiProperty({ enum: OPINION_VALUES }) opinion!: string;
  @ApiProperty() reasoning!: string;
  @ApiProperty({ format: 'date' }) givenOn!: string;
}

export class HearingConclusionView {
  @ApiProperty({ format: 'date' }) concludedOn!: string;
  @ApiProperty({ enum: OPINION_VALUES }) conclusion!: string;
  @ApiProperty() findings!: string;
  @ApiProperty() resolutionPlan!: string;
  @ApiProperty({ format: 'date', description: '限期办结' }) resolveBy!: string;
  @ApiProperty({ type: [String] }) absentMemberIds!: string[];
}

export class HearingAdjournmentView {
  @ApiProperty({ format: 'date' }) adjournedOn!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date', description: 'The hearing date it put off' }) hearingDate!: string;
  @ApiPropertyOptional({ format: 'date', description: 'When the hearing was given a new date' }) rescheduledOn?: string;
}

export class HearingCancellationView {
  @ApiProperty({ format: 'date' }) cancelledOn!: string;
  @ApiProperty() reason!: string;
}

export class HearingView {
  @ApiProperty({ format: 'uuid' }) hearingId!: string;
  @ApiProperty({ enum: HEARING_STATUSES }) status!: string;
  @ApiProperty({ enum: HEARING_STAGES, description: 'The stage it was scheduled in: handling, review or final review' }) stage!: string;
  @ApiProperty({ format: 'date' }) scheduledOn!: string;
  @ApiProperty({ format: 'date', description: 'The day it sits (the latest, after any rescheduling)' }) hearingDate!: string;
  @ApiProperty() venue!: string;
  @ApiProperty({ type: [PanelMemberView] }) panel!: PanelMemberView[];
  @ApiProperty({ type: HearingAttendeesView }) attendees!: HearingAttendeesView;
  @ApiProperty({ type: [PanelOpinionView], description: 'Every opinion given, in the order recorded' }) opinions!: PanelOpinionView[];
  @ApiProperty({ type: [HearingAdjournmentView] }) adjournments!: HearingAdjournmentView[];
  @ApiPropertyOptional({ type: HearingConclusionView, description: 'When concluded' }) conclusion?: HearingConclusionView;
  @ApiPropertyOptional({ type: HearingCancellationView, description: 'When cancelled' }) cancellation?: HearingCancellationView;
}

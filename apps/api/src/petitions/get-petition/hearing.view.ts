import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HEARING_ROLES, HEARING_STATUSES, OPINION_VALUES, PETITION_STAGES, RECUSAL_OUTCOMES } from '@xinfang/petition';

// The OpenAPI shape of a hearing as the case record holds it (`Hearing` in @xinfang/petition).

/** Named apart from the directory's PanelMemberView (GET /panel-members): one schema name, one shape, in the OpenAPI document. */
export class HearingPanelMemberView {
  @ApiProperty({ description: 'The member’s user id (token `sub`)' }) memberId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: HEARING_ROLES }) role!: string;
  @ApiPropertyOptional({ description: 'Declared: true, no direct interest in the matter (recusal, 条例 Art. 28)' }) noDirectInterest?: boolean;
  @ApiPropertyOptional({ description: 'An earlier part in the underlying matter' }) priorInvolvement?: string;
}

export class PlanTaskCompletionView {
  @ApiProperty({ format: 'date' }) completedOn!: string;
  @ApiProperty() evidence!: string;
  @ApiPropertyOptional({ type: [String] }) attachmentIds?: string[];
}

export class PlanTaskView {
  @ApiProperty({ format: 'uuid', description: 'For …/plan-tasks/{taskId}/completion' }) taskId!: string;
  @ApiProperty() task!: string;
  @ApiProperty({ description: 'Whose duty it is' }) ownerUnit!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiPropertyOptional({ type: PlanTaskCompletionView, description: 'Once done' }) completion?: PlanTaskCompletionView;
}

export class RecusalDecisionView {
  @ApiProperty({ enum: RECUSAL_OUTCOMES }) outcome!: string;
  @ApiProperty() reasons!: string;
  @ApiProperty({ format: 'date' }) decidedOn!: string;
  @ApiProperty({ description: 'The chair, or a clerk for a request against the chair' }) decidedBy!: string;
}

export class RecusalView {
  @ApiProperty({ format: 'uuid' }) recusalId!: string;
  @ApiProperty({ description: 'The member asked to step aside' }) memberId!: string;
  @ApiProperty() requestedBy!: string;
  @ApiProperty() grounds!: string;
  @ApiProperty({ format: 'date' }) requestedOn!: string;
  @ApiPropertyOptional({ type: RecusalDecisionView, description: 'Once decided' }) decision?: RecusalDecisionView;
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
  @ApiPropertyOptional({ type: [PlanTaskView], description: 'The plan as tasks, when set so' }) planTasks?: PlanTaskView[];
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
  @ApiProperty({ enum: PETITION_STAGES, description: 'The stage it was scheduled in: handling, review or final review, or any stage for a case in the programme' }) stage!: string;
  @ApiProperty({ format: 'date' }) scheduledOn!: string;
  @ApiProperty({ format: 'date', description: 'The day it sits (the latest, after any rescheduling)' }) hearingDate!: string;
  @ApiProperty() venue!: string;
  @ApiProperty({ type: [HearingPanelMemberView] }) panel!: HearingPanelMemberView[];
  @ApiProperty({ type: HearingAttendeesView }) attendees!: HearingAttendeesView;
  @ApiProperty({ type: [PanelOpinionView], description: 'Every opinion given, in the order recorded' }) opinions!: PanelOpinionView[];
  @ApiProperty({ type: [HearingAdjournmentView] }) adjournments!: HearingAdjournmentView[];
  @ApiPropertyOptional({ type: HearingConclusionView, description: 'When concluded' }) conclusion?: HearingConclusionView;
  @ApiPropertyOptional({ type: HearingCancellationView, description: 'When cancelled' }) cancellation?: HearingCancellationView;
  @ApiPropertyOptional({ format: 'uuid', description: 'The programme it was held in, for a case enrolled then' }) programmeId?: string;
  @ApiPropertyOptional({ type: [RecusalView], description: 'The petitioner’s recusal requests, when any' }) recusals?: RecusalView[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CATEGORIES, ENROLMENT_REASONS, ENROLMENT_STATUSES, FOLLOW_UP_ATTITUDES, PROGRAMME_TRACKS, RESOLUTION_BASES } from '@xinfang/petition';

// The OpenAPI shape of a case's part in the programme (`Enrolment` in @xinfang/petition).

export class FollowUpView {
  @ApiProperty({ format: 'date' }) visitedOn!: string;
  @ApiProperty() visitedBy!: string;
  @ApiProperty({ enum: FOLLOW_UP_ATTITUDES }) attitude!: string;
  @ApiPropertyOptional({ description: 'What the petitioner still wants' }) remaining?: string;
}

export class ResolutionView {
  @ApiProperty({ format: 'date' }) resolvedOn!: string;
  @ApiProperty({ enum: RESOLUTION_BASES }) basis!: string;
  @ApiProperty() evidence!: string;
}

export class ReboundView {
  @ApiProperty({ format: 'date', description: 'When the later petition came in' }) reboundOn!: string;
  @ApiProperty({ format: 'uuid', description: 'The later petition on the same matter' }) petitionId!: string;
  @ApiProperty() receiptNumber!: string;
}

export class SignOffView {
  @ApiProperty({ format: 'date' }) signedOffOn!: string;
  @ApiPropertyOptional() note?: string;
}

export class EnrolmentView {
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty() programmeName!: string;
  @ApiProperty({ format: 'date', description: 'The last day of the programme’s period' }) programmeEndsOn!: string;
  @ApiProperty({ format: 'date' }) enrolledOn!: string;
  @ApiProperty({ enum: PROGRAMME_TRACKS }) track!: string;
  @ApiProperty({ enum: ENROLMENT_REASONS }) reason!: string;
  @ApiProperty({ description: '包案领导' }) owningLeader!: string;
  @ApiPropertyOptional() owningLeaderId?: string;
  @ApiProperty({ format: 'date' }) targetDate!: string;
  @ApiProperty({ enum: CATEGORIES, description: 'The category it was enrolled under' }) category!: string;
  @ApiPropertyOptional() note?: string;
  @ApiProperty({ enum: ENROLMENT_STATUSES, description: 'enrolled → resolved → signed_off; a rebound makes a resolved case reopened' }) status!: string;
  @ApiProperty({ type: [FollowUpView], description: '回访' }) followUps!: FollowUpView[];
  @ApiProperty({ type: [ResolutionView], description: '化解: the latest is current unless rebounded since' }) resolutions!: ResolutionView[];
  @ApiProperty({ type: [ReboundView], description: '反弹' }) rebounds!: ReboundView[];
  @ApiPropertyOptional({ type: SignOffView, description: '销号' }) signOff?: SignOffView;
}

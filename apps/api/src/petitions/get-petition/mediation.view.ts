import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DELAY_PARTIES, MEDIATION_STATUSES, OBLIGATION_OUTCOMES } from '@xinfang/petition';

// The OpenAPI shape of a mediation as the case record holds it (`Mediation` in @xinfang/petition).

export class MediationSessionView {
  @ApiProperty({ format: 'date' }) heldOn!: string;
  @ApiProperty({ type: [String] }) attendees!: string[];
  @ApiProperty() summary!: string;
  @ApiProperty({ enum: DELAY_PARTIES, description: 'Who asked to put the matter off' }) delayRequestedBy!: string;
  @ApiPropertyOptional() delayReason?: string;
}

export class MediationObligationView {
  @ApiPropertyOptional({ format: 'uuid', description: 'For …/mediation/obligations/{obligationId}/performance' }) obligationId?: string;
  @ApiProperty() party!: string;
  @ApiProperty() obligation!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
}

export class MediationAgreementView {
  @ApiProperty({ format: 'date' }) agreedOn!: string;
  @ApiProperty() terms!: string;
  @ApiProperty({ type: [MediationObligationView] }) obligations!: MediationObligationView[];
}

export class MediationFailureView {
  @ApiProperty({ format: 'date' }) failedOn!: string;
  @ApiProperty() reason!: string;
}

export class ObligationOutcomeView {
  @ApiProperty({ format: 'uuid' }) obligationId!: string;
  @ApiProperty({ enum: OBLIGATION_OUTCOMES }) outcome!: string;
  @ApiProperty({ format: 'date', description: 'When it was performed, or found breached' }) outcomeOn!: string;
  @ApiPropertyOptional() note?: string;
}

export class MediationView {
  @ApiProperty({ enum: MEDIATION_STATUSES }) status!: string;
  @ApiProperty({ format: 'date' }) startedOn!: string;
  @ApiProperty() mediator!: string;
  @ApiPropertyOptional() note?: string;
  @ApiProperty({ type: [MediationSessionView] }) sessions!: MediationSessionView[];
  @ApiPropertyOptional({ type: MediationAgreementView, description: 'When agreed' }) agreement?: MediationAgreementView;
  @ApiPropertyOptional({ type: MediationFailureView, description: 'When failed' }) failure?: MediationFailureView;
  @ApiPropertyOptional({ type: [ObligationOutcomeView], description: 'When agreed: how its obligations turned out, once recorded' }) outcomes?: ObligationOutcomeView[];
}

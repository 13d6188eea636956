import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SUPERVISION_LEVELS } from '@xinfang/petition';

// The OpenAPI shape of a case's supervisions and its leaders' work (`Supervision`, `CaseOwner`, … in @xinfang/petition).

export class SupervisionAnswerView {
  @ApiProperty({ format: 'date' }) answeredOn!: string;
  @ApiProperty() progress!: string;
  @ApiPropertyOptional({ format: 'date' }) expectedCompletion?: string;
}

export class SupervisionRoundView {
  @ApiProperty({ enum: SUPERVISION_LEVELS }) level!: string;
  @ApiProperty({ format: 'date', description: 'The issue or the escalation' }) from!: string;
  @ApiProperty({ format: 'date' }) answerBy!: string;
  @ApiPropertyOptional({ description: 'Why it was escalated to this level' }) reason?: string;
  @ApiPropertyOptional({ type: SupervisionAnswerView }) answer?: SupervisionAnswerView;
}

export class SupervisionView {
  @ApiProperty({ format: 'uuid' }) supervisionId!: string;
  @ApiProperty({ description: 'The supervised unit, as the case names it' }) unit!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ format: 'date' }) issuedOn!: string;
  @ApiProperty({ type: [SupervisionRoundView], description: 'Each level in order, the current one last' }) rounds!: SupervisionRoundView[];
}

export class CaseOwnerView {
  @ApiProperty() leaderId!: string;
  @ApiProperty() leaderName!: string;
  @ApiProperty() post!: string;
  @ApiProperty({ format: 'date' }) from!: string;
}

export class ReceptionView {
  @ApiProperty({ format: 'date' }) receivedOn!: string;
  @ApiPropertyOptional() leaderId?: string;
  @ApiProperty() leaderName!: string;
  @ApiProperty() place!: string;
  @ApiPropertyOptional() instructions?: string;
}

export class InstructionView {
  @ApiProperty({ format: 'date' }) instructedOn!: string;
  @ApiPropertyOptional() leaderId?: string;
  @ApiProperty() leaderName!: string;
  @ApiProperty() text!: string;
}

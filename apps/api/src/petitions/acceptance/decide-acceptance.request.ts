import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACCEPTANCE_DECISIONS, type AcceptanceDecision, type AcceptanceDecisionKind, CLAIM_TYPES, type ClaimType, ID_MAX_LENGTH, LEGAL_PROCEDURES, type LegalProcedure, NEW_FACTS_MAX_LENGTH,
  NOTE_MAX_LENGTH, REASON_MAX_LENGTH, UNIT_MAX_LENGTH,
} from '@xinfang/petition';
import { IsIn, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { OnlyWhen, Optional } from '../../http/request-fields.js';

/** A field that belongs to some decisions only: sent with another decision it is refused, not ignored. */
const OnlyFor = (decisions: readonly AcceptanceDecisionKind[]) => OnlyWhen<DecideAcceptanceRequest>('decision', decisions);

export class DecideAcceptanceRequest {
  @ApiProperty({ enum: ACCEPTANCE_DECISIONS, description: '受理 accepted, 不予受理 not_accepted, 转送 forwarded, 交办 assigned, 诉访分离 diverted (涉法涉诉 only), 依法分类处理 channelled (a claim into its legal procedure, any category)' })
  @IsIn(ACCEPTANCE_DECISIONS)
  decision!: AcceptanceDecisionKind;

  @ApiPropertyOptional({ description: 'Required when accepted: the unit that handles the case', maxLength: UNIT_MAX_LENGTH })
  @ValidateIf((request: DecideAcceptanceRequest) => request.decision === 'accepted' || request.handlingUnit !== undefined)
  @OnlyFor(['accepted']) @IsString() @IsNotBlank() @MaxLength(UNIT_MAX_LENGTH)
  handlingUnit?: string;

  @ApiPropertyOptional({ description: 'Required when forwarded or assigned: the receiving unit', maxLength: UNIT_MAX_LENGTH })
  @ValidateIf((request: DecideAcceptanceRequest) => request.decision === 'forwarded' || request.decision === 'assigned' || request.toUnit !== undefined)
  @OnlyFor(['forwarded', 'assigned']) @IsString() @IsNotBlank() @MaxLength(UNIT_MAX_LENGTH)
  toUnit?: string;

  @ApiPropertyOptional({ description: 'Required when diverted: the political-legal organ or court', maxLength: UNIT_MAX_LENGTH })
  @ValidateIf((request: DecideAcceptanceRequest) => request.decision === 'diverted' || request.toOrgan !== undefined)
  @OnlyFor(['diverted']) @IsString() @IsNotBlank() @MaxLength(UNIT_MAX_LENGTH)
  toOrgan?: string;

  @ApiPropertyOptional({ enum: LEGAL_PROCEDURES, description: 'Required when channelled: the legal procedure that governs the claim (Art. 31 items 1–4)' })
  @ValidateIf((request: DecideAcceptanceRequest) => request.decision === 'channelled' || request.procedure !== undefined)
  @OnlyFor(['channelled']) @IsIn(LEGAL_PROCEDURES)
  procedure?: LegalProcedure;

  @ApiPropertyOptional({ description: 'Required when channelled: the body that receives the claim (a court, an arbitration commission, …)', maxLength: UNIT_MAX_LENGTH })
  @ValidateIf((request: DecideAcceptanceRequest) => request.decision === 'channelled' || request.receivingBody !== undefined)
  @OnlyFor(['channelled']) @IsString() @IsNotBlank() @MaxLength(UNIT_MAX_LENGTH)
  receivingBody?: string;

  @ApiPropertyOptional({ description: 'Required when not accepted; optional when diverted or channelled', maxLength: REASON_MAX_LENGTH })
  @ValidateIf((request: DecideAcceptanceRequest) => request.decision === 'not_accepted' || request.reason !== undefined)
  @OnlyFor(['not_accepted', 'diverted', 'channelled']) @IsString() @IsNotBlank() @MaxLength(REASON_MAX_LENGTH)
  reason?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Required when assigned: the date the unit reports completion (办结报告) by, after the decision' })
  @ValidateIf((request: DecideAcceptanceRequest) => request.decision === 'assigned' || request.reportBy !== undefined)
  @OnlyFor(['assigned']) @IsBusinessDate()
  reportBy?: string;

  @ApiPropertyOptional({ enum: CLAIM_TYPES, description: 'The matter’s legal route (Arts. 29–31): suggestion 建议意见类, accusation 检举控告类 (confidential), claim 申诉求决类. Absent, the case reads as a claim.' })
  @Optional() @IsIn(CLAIM_TYPES)
  claimType?: ClaimType;

  @ApiPropertyOptional({ description: 'Optional when accepted, forwarded or assigned', maxLength: NOTE_MAX_LENGTH })
  @IsOptional() @OnlyFor(['accepted', 'forwarded', 'assigned']) @IsString() @MaxLength(NOTE_MAX_LENGTH)
  note?: string;

  @ApiPropertyOptional({ description: 'Optional when accepted: the user id of the handler (承办人), who may not chair a hearing of the case; defaults to the deciding clerk', maxLength: ID_MAX_LENGTH })
  @Optional() @OnlyFor(['accepted']) @IsString() @IsNotBlank() @MaxLength(ID_MAX_LENGTH)
  handlerId?: string;

  @ApiPropertyOptional({ description: 'When accepted: new facts and reasons, required for a matter a final review concluded before (Art. 36 ¶3)', maxLength: NEW_FACTS_MAX_LENGTH })
  @Optional() @OnlyFor(['accepted']) @IsString() @IsNotBlank() @MaxLength(NEW_FACTS_MAX_LENGTH)
  newFactsAndReasons?: string;

  @ApiPropertyOptional({ format: 'date', description: 'When the decision was taken (YYYY-MM-DD); defaults to today' })
  @IsOptional() @IsBusinessDate()
  decidedAt?: string;
}

export const decideAcceptanceRoute = caseCommand({
  name: 'DecideAcceptance',
  action: 'decide',
  path: 'acceptance',
  roles: ['clerk', 'admin'],
  summary: 'Decide acceptance (受理 / 不予受理 / 转送 / 交办 / 诉访分离 / 依法分类处理) and record the claim type',
  body: DecideAcceptanceRequest,
  command: (body) => ({
    type: 'DecideAcceptance',
    data: { ...toDecision(body), ...(body.decidedAt ? { decidedAt: body.decidedAt } : {}), ...(body.claimType !== undefined && { claimType: body.claimType }) },
  }),
});

/** The request DTO has been validated, so each decision's own fields are present. */
function toDecision(request: DecideAcceptanceRequest): AcceptanceDecision {
  const note = request.note ? { note: request.note } : {};
  switch (request.decision) {
    case 'accepted': {
      const { handlerId, newFactsAndReasons } = request;
      return { decision: 'accepted', handlingUnit: request.handlingUnit!, ...note, ...(handlerId !== undefined && { handlerId }), ...(newFactsAndReasons !== undefined && { newFactsAndReasons }) };
    }
    case 'not_accepted':
      return { decision: 'not_accepted', reason: request.reason! };
    case 'forwarded':
      return { decision: 'forwarded', toUnit: request.toUnit!, ...note };
    case 'assigned':
      return { decision: 'assigned', toUnit: request.toUnit!, ...note, ...(request.reportBy !== undefined && { reportBy: request.reportBy }) };
    case 'diverted':
      return { decision: 'diverted', toOrgan: request.toOrgan!, ...(request.reason ? { reason: request.reason } : {}) };
    case 'channelled':
      return { decision: 'channelled', procedure: request.procedure!, receivingBody: request.receivingBody!, ...(request.reason ? { reason: request.reason } : {}) };
  }
}

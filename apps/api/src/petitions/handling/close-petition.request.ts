import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLOSURE_OUTCOMES, type ClosureDecision, type ClosureOutcome, NOTE_MAX_LENGTH, REASON_MAX_LENGTH, UNIT_MAX_LENGTH } from '@xinfang/petition';
import { IsIn, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { OnlyWhen, Optional } from '../../http/request-fields.js';

export class ClosePetitionRequest {
  @ApiProperty({
    enum: CLOSURE_OUTCOMES,
    description: 'opinion_served (the only outcome once an opinion is served), resolved_by_mediation (after an agreement), withdrawn, diverted (涉法涉诉 only)',
  })
  @IsIn(CLOSURE_OUTCOMES)
  outcome!: ClosureOutcome;

  @ApiPropertyOptional({ description: 'Required when withdrawn; optional when diverted', maxLength: REASON_MAX_LENGTH })
  @ValidateIf((request: ClosePetitionRequest) => request.outcome === 'withdrawn' || request.reason !== undefined)
  @OnlyWhen<ClosePetitionRequest>('outcome', ['withdrawn', 'diverted']) @IsString() @IsNotBlank() @MaxLength(REASON_MAX_LENGTH)
  reason?: string;

  @ApiPropertyOptional({ description: 'Required when diverted: the political-legal organ or court', maxLength: UNIT_MAX_LENGTH })
  @ValidateIf((request: ClosePetitionRequest) => request.outcome === 'diverted' || request.toOrgan !== undefined)
  @OnlyWhen<ClosePetitionRequest>('outcome', ['diverted']) @IsString() @IsNotBlank() @MaxLength(UNIT_MAX_LENGTH)
  toOrgan?: string;

  @ApiPropertyOptional({ maxLength: NOTE_MAX_LENGTH })
  @Optional() @IsString() @IsNotBlank() @MaxLength(NOTE_MAX_LENGTH)
  note?: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; after every hearing and mediation' })
  @Optional() @IsBusinessDate()
  closedOn?: string;
}

export const closePetitionRoute = caseCommand({
  name: 'ClosePetition',
  action: 'close',
  path: 'closure',
  roles: ['clerk', 'admin'],
  summary: 'Close the case (办结)',
  body: ClosePetitionRequest,
  command: (body) => ({
    type: 'ClosePetition',
    data: { ...toDecision(body), ...(body.closedOn !== undefined && { closedOn: body.closedOn }), ...(body.note !== undefined && { note: body.note }) },
  }),
});

/** The request DTO has been validated, so each outcome's own fields are present. */
function toDecision(request: ClosePetitionRequest): ClosureDecision {
  switch (request.outcome) {
    case 'opinion_served':
    case 'resolved_by_mediation':
      return { outcome: request.outcome };
    case 'withdrawn':
      return { outcome: 'withdrawn', reason: request.reason! };
    case 'diverted':
      return { outcome: 'diverted', toOrgan: request.toOrgan!, ...(request.reason !== undefined && { reason: request.reason }) };
  }
}

import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTE_MAX_LENGTH, OBLIGATION_OUTCOMES, type ObligationOutcome } from '@xinfang/petition';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { OnlyWhen, Optional } from '../../http/request-fields.js';

export class RecordObligationPerformanceRequest {
  @ApiProperty({ enum: OBLIGATION_OUTCOMES, description: 'performed (on time or late), or breached once its due date has passed' })
  @IsIn(OBLIGATION_OUTCOMES)
  outcome!: ObligationOutcome;

  @ApiPropertyOptional({ format: 'date', description: 'Only when performed: YYYY-MM-DD, defaults to today; not before the agreement' })
  @Optional() @OnlyWhen<RecordObligationPerformanceRequest>('outcome', ['performed']) @IsBusinessDate()
  performedOn?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Only when breached: YYYY-MM-DD, defaults to today; after the due date' })
  @Optional() @OnlyWhen<RecordObligationPerformanceRequest>('outcome', ['breached']) @IsBusinessDate()
  breachedOn?: string;

  @ApiPropertyOptional({ maxLength: NOTE_MAX_LENGTH })
  @Optional() @IsString() @IsNotBlank() @MaxLength(NOTE_MAX_LENGTH)
  note?: string;
}

export const recordObligationPerformanceRoute = caseCommand({
  name: 'RecordObligationPerformance',
  action: 'record',
  path: 'mediation/obligations/:oid/performance',
  roles: ['clerk', 'admin'],
  summary: 'An obligation of a mediation agreement performed or breached, on its date (once), in whatever stage the case is',
  body: RecordObligationPerformanceRequest,
  command: (body, { params }) => ({ type: 'RecordObligationPerformance', data: { ...body, obligationId: params.oid! } }),
});

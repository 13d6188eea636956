import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_EXTENSION_DAYS, NAME_MAX_LENGTH, REASON_MAX_LENGTH } from '@xinfang/petition';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { Optional } from '../../http/request-fields.js';

export class ExtendHandlingRequest {
  @ApiProperty({ minimum: 1, maximum: MAX_EXTENSION_DAYS, description: 'Days added to the 60-day handling period (条例 Art. 34)' })
  @IsInt() @Min(1) @Max(MAX_EXTENSION_DAYS)
  days!: number;

  @ApiProperty({ maxLength: REASON_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(REASON_MAX_LENGTH)
  reason!: string;

  @ApiProperty({ description: 'Who approved the extension', maxLength: NAME_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(NAME_MAX_LENGTH)
  approver!: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; on or before the end of the 60-day handling period' })
  @Optional() @IsBusinessDate()
  extendedOn?: string;
}

export const extendHandlingRoute = caseCommand({
  name: 'ExtendHandling',
  action: 'extend',
  path: 'extension',
  roles: ['clerk', 'admin'],
  summary: 'Extend the handling period once, by 1–30 days (延期, Art. 34)',
  body: ExtendHandlingRequest,
  command: (body) => ({ type: 'ExtendHandling', data: { ...body } }),
});

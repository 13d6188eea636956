import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BACKLOG_KINDS, CATEGORIES, CLOCK_KINDS, PETITION_STAGES } from '@xinfang/petition';
import { Transform, Type } from 'class-transformer';
import { ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { type ExportFormat, ExportFormatParameter } from '../../../exports/export-format.js';
import { IsBusinessDate, IsNotBlank } from '../../../http/validators.js';
import { CLOCK_STATES, type ClockStateFilter } from '../clock-state.sql.js';


const commaList = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((item) => item.trim()).filter(Boolean) : value);

/** What every read-model query takes: the date it is asked "as of" and the position to wait for. */
export class ReadModelQuery {
  @ApiPropertyOptional({ format: 'date', description: 'Evaluate as of this date (Asia/Shanghai); defaults to today' })
  @IsOptional() @IsBusinessDate()
  asOf?: string;

  @ApiPropertyOptional({ description: 'Wait (bounded) until the read models include the write that answered this position' })
  @IsOptional() @IsString() @Matches(/^\d{1,20}-\d{1,20}$/, { message: 'minPosition must be a position a write answered, like "1234-56"' })
  minPosition?: string;
}

export class PagedQuery extends ReadModelQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'From the previous page’s nextCursor' })
  @IsOptional() @IsString() @MaxLength(500)
  cursor?: string;
}

export class ListPetitionsQuery extends PagedQuery {
  @ApiPropertyOptional({ enum: CATEGORIES }) @IsOptional() @IsIn(CATEGORIES) category?: string;
  @ApiPropertyOptional({ enum: PETITION_STAGES }) @IsOptional() @IsIn(PETITION_STAGES) stage?: string;
  @ApiPropertyOptional({ description: 'Responsible or handling unit' }) @IsOptional() @IsString() @IsNotBlank() @MaxLength(200) unit?: string;
  @ApiPropertyOptional({ enum: BACKLOG_KINDS }) @IsOptional() @IsIn(BACKLOG_KINDS) backlogKind?: string;

  @ApiPropertyOptional({ description: 'Only cases with a bureau clock overdue as of asOf' })
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'Text in the receipt number, subject, content, demands or petitioner names' })
  @IsOptional() @IsString() @IsNotBlank() @MaxLength(100)
  q?: string;

  @ExportFormatParameter('every case the filters match (from `cursor` on, `limit` ignored)')
  format?: ExportFormat;
}

export class DeadlinesQuery extends PagedQuery {
  @ApiPropertyOptional({ description: `Comma-separated: ${CLOCK_STATES.join(', ')}`, example: 'overdue,due_soon' })
  @IsOptional() @Transform(commaList) @IsArray() @ArrayUnique() @IsIn(CLOCK_STATES, { each: true })
  state?: ClockStateFilter[];

  @ApiPropertyOptional({ description: `Comma-separated: ${CLOCK_KINDS.join(', ')}` })
  @IsOptional() @Transform(commaList) @IsArray() @ArrayUnique() @IsIn(CLOCK_KINDS, { each: true })
  clock?: string[];

  @ApiPropertyOptional({ enum: CATEGORIES }) @IsOptional() @IsIn(CATEGORIES) category?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotBlank() @MaxLength(200) unit?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'One case’s clocks' }) @IsOptional() @IsUUID() petitionId?: string;

  @ExportFormatParameter('every clock the filters match (from `cursor` on, `limit` ignored)')
  format?: ExportFormat;
}

export class StatsQuery {
  @ApiProperty({ format: 'date', description: 'The period’s first day' }) @IsBusinessDate() from!: string;
  @ApiProperty({ format: 'date', description: 'The period’s last day' }) @IsBusinessDate() to!: string;
  @ApiPropertyOptional({ description: 'Wait (bounded) for this write' }) @IsOptional() @IsString() @Matches(/^\d{1,20}-\d{1,20}$/) minPosition?: string;
  @ExportFormatParameter('the measures (overall, by category, unit and claim type)') format?: ExportFormat;
}

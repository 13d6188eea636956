import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EARLIEST_BUSINESS_DATE, SUPERVISION_LEVELS, shanghaiDate } from '@xinfang/petition';
import { Transform, Type } from 'class-transformer';
import { ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import { IsNotBlank } from '../../http/validators.js';
import { PagedQuery } from '../cases/queries/read-model.requests.js';
import { REGISTER_STATES, type RegisterState } from './supervision-register.types.js';

const commaList = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((item) => item.trim()).filter(Boolean) : value);

export class SupervisionsQuery extends PagedQuery {
  @ApiPropertyOptional({ description: `Comma-separated: ${REGISTER_STATES.join(', ')} (escalated: taken up a level at least once)`, example: 'overdue' })
  @IsOptional() @Transform(commaList) @IsArray() @ArrayUnique() @IsIn(REGISTER_STATES, { each: true })
  state?: RegisterState[];

  @ApiPropertyOptional({ description: 'The supervised unit, as the case names it (its code)' })
  @IsOptional() @IsString() @IsNotBlank() @MaxLength(200)
  unit?: string;

  @ApiPropertyOptional({ enum: SUPERVISION_LEVELS })
  @IsOptional() @IsIn(SUPERVISION_LEVELS)
  level?: string;

  @ApiPropertyOptional({ description: 'The owning leader’s user id; a leader always sees only their own cases' })
  @IsOptional() @IsString() @IsNotBlank() @MaxLength(100)
  leader?: string;

  @ApiPropertyOptional({ description: 'true: instead of the register, the overdue duty clocks whose unit has had no supervision on the case since they started' })
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean()
  proposed?: boolean;

  @ApiPropertyOptional({ enum: ['json', 'xlsx'], description: 'xlsx: the register as an Excel workbook with Chinese headers' })
  @IsOptional() @IsIn(['json', 'xlsx'])
  format?: 'json' | 'xlsx';
}

const EARLIEST_MONTH = EARLIEST_BUSINESS_DATE.slice(0, 7);
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * A month a report can be made of: none before the earliest business date's, and none after the
 * current month (Asia/Shanghai) — a future month has no overdue clocks to report yet.
 */
function IsReportableMonth(): PropertyDecorator {
  return ValidateBy({
    name: 'isReportableMonth',
    validator: {
      validate: (value) => typeof value === 'string' && (!MONTH.test(value) || (value >= EARLIEST_MONTH && value <= shanghaiDate(new Date()).slice(0, 7))),
      defaultMessage: () => `month must lie between ${EARLIEST_MONTH} and the current month`,
    },
  });
}

export class OverdueReportQuery {
  @ApiProperty({ description: `YYYY-MM: from ${EARLIEST_MONTH} to the current month (Asia/Shanghai)`, example: '2026-11', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' })
  @IsString() @Matches(MONTH, { message: 'month must be written YYYY-MM' }) @IsReportableMonth()
  month!: string;

  @ApiPropertyOptional({ enum: ['json', 'pdf'], description: 'pdf: the 通报 as a document of the bureau' })
  @IsOptional() @IsIn(['json', 'pdf'])
  format?: 'json' | 'pdf';

  @ApiPropertyOptional({ description: 'Wait (bounded) for this write' })
  @IsOptional() @IsString() @Matches(/^\d{1,20}-\d{1,20}$/)
  minPosition?: string;
}

/** GET /me/cases: paged like every list; `minPosition` to read one's own writes. */
export class LeaderCasesQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'From the previous page’s nextCursor' })
  @IsOptional() @IsString() @MaxLength(500)
  cursor?: string;

  @ApiPropertyOptional({ description: 'Wait (bounded) until the read models include the write that answered this position' })
  @IsOptional() @IsString() @Matches(/^\d{1,20}-\d{1,20}$/, { message: 'minPosition must be a position a write answered, like "1234-56"' })
  minPosition?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsBusinessDate, IsInstant, IsNotBlank } from '../http/validators.js';

export class HistoryQuery {
  @ApiPropertyOptional({ enum: ['decoded', 'stored'], description: 'decoded (default): today’s shape, personal data opened unless erased; stored: exactly what the hashes cover' })
  @IsOptional() @IsIn(['decoded', 'stored'])
  form?: 'decoded' | 'stored';

  @ApiPropertyOptional({ enum: ['json', 'jsonl'], description: 'jsonl: the whole history as JSON Lines, for download' })
  @IsOptional() @IsIn(['json', 'jsonl'])
  format?: 'json' | 'jsonl';

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 100 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'From the previous page’s nextCursor' })
  @IsOptional() @IsString() @Matches(/^v\d{1,12}$/, { message: 'cursor must be a nextCursor this API returned' })
  cursor?: string;
}

export class StateQuery {
  @ApiPropertyOptional({ description: 'The case after its first N events' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  atVersion?: number;

  @ApiPropertyOptional({ description: 'The case as it stood at this instant (ISO-8601 with offset)', example: '2026-11-20T18:00:00+08:00' })
  @IsOptional() @IsInstant()
  at?: string;
}

export class AccessLogQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() petitionId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) actorId?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsBusinessDate() from?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsBusinessDate() to?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(/^\d{1,19}$/, { message: 'cursor must be a nextCursor this API returned' }) cursor?: string;
}

export class ErasureRequest {
  @ApiProperty({ description: 'The lawful basis and reference of the erasure request', example: '当事人依《个人信息保护法》第47条申请删除，申请编号 2026-118' })
  @IsString() @IsNotBlank() @MaxLength(2000)
  legalBasis!: string;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export const MAX_SIMILAR_CASES = 20;

export class SimilarCasesQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_SIMILAR_CASES, default: 10 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_SIMILAR_CASES)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 1, default: 0.2, description: 'Leave out cases scoring below this' })
  @IsOptional() @Type(() => Number) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1)
  minScore?: number;

  @ApiPropertyOptional({ description: 'Wait (bounded) until the read models include the write that answered this position' })
  @IsOptional() @IsString() @Matches(/^\d{1,20}-\d{1,20}$/, { message: 'minPosition must be a position a write answered, like "1234-56"' })
  minPosition?: string;
}

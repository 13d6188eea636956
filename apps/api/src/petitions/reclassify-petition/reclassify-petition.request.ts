import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BACKLOG_KINDS, type BacklogKind, CATEGORIES, type Category, REASON_MAX_LENGTH } from '@xinfang/petition';
import { ArrayUnique, IsArray, IsIn, IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { Optional } from '../request-fields.js';

/** At least one of `category` and `backlogKinds` must change something (else 422). */
export class ReclassifyPetitionRequest {
  @ApiPropertyOptional({ enum: CATEGORIES, description: 'The new category (四大类)' })
  @Optional() @IsIn(CATEGORIES)
  category?: Category;

  @ApiPropertyOptional({ enum: BACKLOG_KINDS, isArray: true, description: 'The whole new set of backlog kinds; `[]` clears them' })
  @Optional() @IsArray() @ArrayUnique() @IsIn(BACKLOG_KINDS, { each: true })
  backlogKinds?: BacklogKind[];

  @ApiProperty({ maxLength: REASON_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(REASON_MAX_LENGTH)
  reason!: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; not before any recorded step' })
  @Optional() @IsBusinessDate()
  reclassifiedOn?: string;
}

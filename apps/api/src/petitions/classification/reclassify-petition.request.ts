import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BACKLOG_KINDS, type BacklogKind, CATEGORIES, type Category, REASON_MAX_LENGTH } from '@xinfang/petition';
import { ArrayUnique, IsArray, IsIn, IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { Optional } from '../../http/request-fields.js';

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

export const reclassifyPetitionRoute = caseCommand({
  name: 'ReclassifyPetition',
  action: 'reclassify',
  path: 'reclassification',
  roles: ['clerk', 'admin'],
  summary: 'Change the category and/or the backlog kinds, with the reason',
  body: ReclassifyPetitionRequest,
  command: (body) => ({ type: 'Reclassify', data: { ...body } }),
});

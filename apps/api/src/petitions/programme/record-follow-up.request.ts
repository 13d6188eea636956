import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FOLLOW_UP_ATTITUDES, type FollowUpAttitude, NAME_MAX_LENGTH, REASON_MAX_LENGTH } from '@xinfang/petition';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { Optional } from '../../http/request-fields.js';

export class RecordFollowUpRequest {
  @ApiProperty({ description: 'Who visited the petitioner', maxLength: NAME_MAX_LENGTH, example: '周建华' })
  @IsString() @IsNotBlank() @MaxLength(NAME_MAX_LENGTH)
  visitedBy!: string;

  @ApiProperty({ enum: FOLLOW_UP_ATTITUDES, description: 'The petitioner’s attitude: satisfied, accepts, still disputes' })
  @IsIn(FOLLOW_UP_ATTITUDES)
  attitude!: FollowUpAttitude;

  @ApiPropertyOptional({ description: 'What remains; required while the petitioner still disputes', maxLength: REASON_MAX_LENGTH })
  @Optional() @IsString() @IsNotBlank() @MaxLength(REASON_MAX_LENGTH)
  remaining?: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; not before the enrolment' })
  @Optional() @IsBusinessDate()
  visitedOn?: string;
}

export const recordFollowUpRoute = caseCommand({
  name: 'RecordFollowUp',
  action: 'record',
  path: 'follow-ups',
  roles: ['clerk', 'admin', 'leader'],
  summary: 'A follow-up visit (回访) to the petitioner of a case in the programme; a leader records them on the cases they own',
  body: RecordFollowUpRequest,
  command: (body) => ({ type: 'RecordFollowUp', data: { ...body } }),
});

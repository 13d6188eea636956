import { caseCommand } from '../command-path/case-command.route.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REASONING_MAX_LENGTH, RESOLUTION_BASES, type ResolutionBasis } from '@xinfang/petition';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { Optional } from '../../http/request-fields.js';

export class ResolveProgrammeCaseRequest {
  @ApiProperty({
    enum: RESOLUTION_BASES,
    description: 'agreement_performed: every obligation of the mediation agreements performed by then; plan_done: every task of the programme’s hearings done by then; written_commitment: the petitioner’s written commitment to stop petitioning (息诉罢访)',
  })
  @IsIn(RESOLUTION_BASES)
  basis!: ResolutionBasis;

  @ApiProperty({ maxLength: REASONING_MAX_LENGTH, description: 'What shows it', example: '息诉罢访承诺书（2027-06-20 签署）' })
  @IsString() @IsNotBlank() @MaxLength(REASONING_MAX_LENGTH)
  evidence!: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; not before the enrolment or the last rebound' })
  @Optional() @IsBusinessDate()
  resolvedOn?: string;
}

export const resolveProgrammeCaseRoute = caseCommand({
  name: 'ResolveProgrammeCase',
  action: 'resolve',
  path: 'resolution',
  roles: ['clerk', 'admin'],
  summary: 'A case in the programme resolved (化解, 案结事了), with its basis; no hearing may be open',
  body: ResolveProgrammeCaseRequest,
  command: (body) => ({ type: 'ResolveProgrammeCase', data: { ...body } }),
});

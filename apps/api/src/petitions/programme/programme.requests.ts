import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ENROLMENT_REASONS, type EnrolmentReason, ID_MAX_LENGTH, NAME_MAX_LENGTH, NOTE_MAX_LENGTH, PROGRAMME_TRACKS, type ProgrammeTrack, REASON_MAX_LENGTH, SUBJECT_MAX_LENGTH,
} from '@xinfang/petition';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsObject, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { Optional } from '../../http/request-fields.js';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { CommandResponse } from '../command-path/command-response.js';

export class ProgrammeTargetsRequest {
  @ApiPropertyOptional({ description: 'Matters to take in', example: 51 })
  @Optional() @IsInt() @Min(0)
  enrolled?: number;

  @ApiPropertyOptional({ description: 'Matters to resolve (化解)', example: 40 })
  @Optional() @IsInt() @Min(0)
  resolved?: number;

  @ApiPropertyOptional({ description: 'Matters to sign off (销号)', example: 30 })
  @Optional() @IsInt() @Min(0)
  signedOff?: number;
}

export class OpenProgrammeRequest {
  @ApiProperty({ maxLength: SUBJECT_MAX_LENGTH, example: '信访积案“模拟法庭”化解专项行动' })
  @IsString() @IsNotBlank() @MaxLength(SUBJECT_MAX_LENGTH)
  name!: string;

  @ApiProperty({ format: 'date', description: 'The first day of the programme’s period' })
  @IsBusinessDate()
  periodFrom!: string;

  @ApiProperty({ format: 'date', description: 'The last day of its period: enrolments fall within it, and a case may go to another programme after it' })
  @IsBusinessDate()
  periodTo!: string;

  @ApiProperty({ maxLength: REASON_MAX_LENGTH, description: 'Which matters it takes in (梳理标准)', example: '四级访未化解事项、信访积案、重复访未化解事项' })
  @IsString() @IsNotBlank() @MaxLength(REASON_MAX_LENGTH)
  criteria!: string;

  @ApiPropertyOptional({ type: ProgrammeTargetsRequest })
  @Optional() @IsObject() @ValidateNested() @Type(() => ProgrammeTargetsRequest)
  targets?: ProgrammeTargetsRequest;

  @ApiProperty({ maxLength: NAME_MAX_LENGTH, description: 'Who answers for it', example: '县信访局' })
  @IsString() @IsNotBlank() @MaxLength(NAME_MAX_LENGTH)
  owner!: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today' })
  @Optional() @IsBusinessDate()
  openedOn?: string;
}

export class ProgrammeOpenedResponse {
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty({ description: 'The programme stream’s version' }) version!: number;
  @ApiProperty({ description: 'Event-log position of the write; pass as minPosition to read it back' }) position!: string;
}

export class EnrolCaseRequest {
  @ApiProperty({ format: 'uuid', description: 'The case, in any stage: registered, closed, concluded …' })
  @IsDefined() @IsUUID()
  petitionId!: string;

  @ApiProperty({ enum: PROGRAMME_TRACKS, description: 'simple 快审快办, complex 模拟法庭' })
  @IsIn(PROGRAMME_TRACKS)
  track!: ProgrammeTrack;

  @ApiProperty({ enum: ENROLMENT_REASONS, description: 'four_level 四级访未化解, long_standing 信访积案, repeat 重复访未化解' })
  @IsIn(ENROLMENT_REASONS)
  reason!: EnrolmentReason;

  @ApiProperty({ maxLength: NAME_MAX_LENGTH, description: 'The owning leader (包案领导), by name' })
  @IsString() @IsNotBlank() @MaxLength(NAME_MAX_LENGTH)
  owningLeader!: string;

  @ApiPropertyOptional({ maxLength: ID_MAX_LENGTH, description: 'The owning leader’s user id (token sub), if they record follow-ups themselves' })
  @Optional() @IsString() @IsNotBlank() @MaxLength(ID_MAX_LENGTH)
  owningLeaderId?: string;

  @ApiProperty({ format: 'date', description: 'When the matter is to be resolved; after the enrolment' })
  @IsBusinessDate()
  targetDate!: string;

  @ApiPropertyOptional({ maxLength: NOTE_MAX_LENGTH })
  @Optional() @IsString() @IsNotBlank() @MaxLength(NOTE_MAX_LENGTH)
  note?: string;

  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; within the programme’s period' })
  @Optional() @IsBusinessDate()
  enrolledOn?: string;
}

export class EnrolledResponse extends CommandResponse {
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
}

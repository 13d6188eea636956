import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ADDRESS_MAX_LENGTH, BACKLOG_KINDS, type BacklogKind, CATEGORIES, type Category, CHANNELS, type Channel, CONTENT_MAX_LENGTH,
  DEMANDS_MAX_LENGTH, MAX_REPRESENTATIVES, NAME_MAX_LENGTH, SUBJECT_MAX_LENGTH, UNIT_MAX_LENGTH,
} from '@xinfang/petition';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { IsBusinessDate, IsNotBlank, IsPhoneNumber, IsResidentIdNumber } from '../../http/validators.js';

export class PetitionerRequest {
  @ApiProperty({ example: '王某某', maxLength: NAME_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(NAME_MAX_LENGTH)
  name!: string;

  @ApiPropertyOptional({ description: '18-character resident ID number (GB 11643)', example: '11010519491231002X' })
  @IsOptional() @IsString() @IsResidentIdNumber()
  idNumber?: string;

  @ApiPropertyOptional({ example: '13800138000' })
  @IsOptional() @IsString() @IsPhoneNumber()
  phone?: string;

  @ApiPropertyOptional({ maxLength: ADDRESS_MAX_LENGTH })
  @IsOptional() @IsString() @MaxLength(ADDRESS_MAX_LENGTH)
  address?: string;
}

export class RegisterPetitionRequest {
  @ApiProperty({ enum: CHANNELS, description: 'visit 走访, letter 来信, online 网上, phone 电话' })
  @IsIn(CHANNELS)
  channel!: Channel;

  @ApiProperty({ type: [PetitionerRequest], minItems: 1, maxItems: MAX_REPRESENTATIVES, description: 'The petitioner, or up to 5 representatives of a group (Art. 20 ¶3)' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_REPRESENTATIVES) @ValidateNested({ each: true }) @IsObject({ each: true }) @Type(() => PetitionerRequest)
  petitioners!: PetitionerRequest[];

  @ApiPropertyOptional({ description: 'How many people a group petition speaks for', minimum: 1 })
  @IsOptional() @IsInt() @Min(1) @Max(1_000_000)
  groupSize?: number;

  @ApiProperty({ maxLength: SUBJECT_MAX_LENGTH, example: '征地补偿款未足额发放' })
  @IsString() @IsNotBlank() @MaxLength(SUBJECT_MAX_LENGTH)
  subject!: string;

  @ApiProperty({ maxLength: CONTENT_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(CONTENT_MAX_LENGTH)
  content!: string;

  @ApiProperty({ maxLength: DEMANDS_MAX_LENGTH })
  @IsString() @IsNotBlank() @MaxLength(DEMANDS_MAX_LENGTH)
  demands!: string;

  @ApiProperty({ enum: CATEGORIES, description: '涉房涉建, 劳动社保, 农业农村, 涉法涉诉' })
  @IsIn(CATEGORIES)
  category!: Category;

  @ApiProperty({ maxLength: UNIT_MAX_LENGTH, example: '某某镇人民政府' })
  @IsString() @IsNotBlank() @MaxLength(UNIT_MAX_LENGTH)
  responsibleUnit!: string;

  @ApiPropertyOptional({ format: 'date', description: 'When it reached the bureau (YYYY-MM-DD, Asia/Shanghai); defaults to today, never in the future' })
  @IsOptional() @IsBusinessDate()
  receivedAt?: string;

  @ApiPropertyOptional({ enum: BACKLOG_KINDS, isArray: true })
  @IsOptional() @IsArray() @ArrayUnique() @IsIn(BACKLOG_KINDS, { each: true })
  backlogKinds?: BacklogKind[];
}

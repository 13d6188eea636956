import { ApiProperty } from '@nestjs/swagger';
import { RATINGS, type Rating } from '@xinfang/petition';
import { IsIn, IsString, Matches } from 'class-validator';
import { ACCESS_CODE_PATTERN } from './petitioner-access-code.js';

export class AccessCodeQuery {
  @ApiProperty({ description: 'The 8-digit query code (查询码) printed on the receipt', example: '04817263' })
  @IsString() @Matches(ACCESS_CODE_PATTERN, { message: 'code must be the 8 digits printed on the receipt' })
  code!: string;
}

export class PetitionerRatingRequest {
  @ApiProperty({ enum: RATINGS, description: '满意 satisfied, 基本满意 basically_satisfied, 不满意 dissatisfied' })
  @IsIn(RATINGS)
  rating!: Rating;
}

import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';
import { RegisterPetitionRequest } from './register-petition.request.js';

export const MAX_BATCH_ITEMS = 100;

/** Items are validated one by one after the envelope, so one bad item spoils no other. */
export class RegisterBatchRequest {
  @ApiProperty({ type: [RegisterPetitionRequest], minItems: 1, maxItems: MAX_BATCH_ITEMS })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_BATCH_ITEMS)
  items!: unknown[];
}

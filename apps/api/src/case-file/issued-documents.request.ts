import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTE_MAX_LENGTH, SERVICE_METHODS, type ServiceMethod } from '@xinfang/petition';
import { IsIn, IsString, IsUUID, MaxLength } from 'class-validator';
import { Optional } from '../http/request-fields.js';
import { IsBusinessDate, IsNotBlank } from '../http/validators.js';

export class IssueDocumentRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'hearing-record: which hearing; the latest concluded one when absent' })
  @Optional() @IsUUID()
  hearingId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'The issue date (YYYY-MM-DD, 成文日期); defaults to today; not before the step the document records. The number is of its year.' })
  @Optional() @IsBusinessDate()
  issuedOn?: string;
}

export class IssuedDocumentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'The case version after the issue; also in ETag' }) version!: number;
  @ApiProperty() position!: string;
  @ApiProperty({ example: 'handling-opinion' }) kind!: string;
  @ApiProperty({ example: '信处字〔2026〕12号', description: '文号: the kind’s word, the year, its sequence in the year' }) number!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: 12 }) seq!: number;
  @ApiProperty({ format: 'date' }) issuedOn!: string;
  @ApiProperty({ description: 'SHA-256 of the issued PDF, as the DocumentIssued event records it' }) sha256!: string;
  @ApiProperty() size!: number;
}

export class ServeDocumentRequest {
  @ApiProperty({ enum: SERVICE_METHODS, description: 'in_person 直接送达, post 邮寄送达, electronic 电子送达' })
  @IsIn(SERVICE_METHODS)
  method!: ServiceMethod;

  @ApiPropertyOptional({ format: 'date', description: 'When it was served (YYYY-MM-DD); defaults to today; not before the issue. An opinion’s review window runs from it.' })
  @Optional() @IsBusinessDate()
  servedOn?: string;

  @ApiProperty({ format: 'uuid', description: 'The attachment that proves it (送达回证, a postal receipt, the electronic delivery record)' })
  @IsUUID()
  proofAttachmentId!: string;

  @ApiPropertyOptional({ maxLength: NOTE_MAX_LENGTH })
  @Optional() @IsString() @IsNotBlank() @MaxLength(NOTE_MAX_LENGTH)
  note?: string;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { DOCUMENT_FORMATS, type DocumentFormat } from './document-kinds.js';

export class DocumentQuery {
  @ApiPropertyOptional({ enum: DOCUMENT_FORMATS, description: 'Overrides the Accept header: html (text/html) or pdf (application/pdf)' })
  @IsOptional() @IsIn(DOCUMENT_FORMATS)
  format?: DocumentFormat;

  @ApiPropertyOptional({ format: 'uuid', description: 'hearing-record: which hearing; the latest concluded one when absent' })
  @IsOptional() @IsUUID()
  hearingId?: string;
}

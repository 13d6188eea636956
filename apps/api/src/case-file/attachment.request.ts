import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ATTACHMENT_KINDS, type AttachmentKind } from '@xinfang/petition';
import { IsIn } from 'class-validator';
import { Optional } from '../http/request-fields.js';
import { IsBusinessDate } from '../http/validators.js';
import { CommandResponse } from '../petitions/command-path/command-response.js';

/** The form fields of an upload; the file itself is the part named `file`. */
export class AddAttachmentRequest {
  @ApiProperty({ enum: ATTACHMENT_KINDS, description: 'Every kind but completion_report carries personal data: its bytes and file name are sealed under the petitioner’s key' })
  @IsIn(ATTACHMENT_KINDS)
  kind!: AttachmentKind;

  @ApiPropertyOptional({ format: 'date', description: 'When the bureau received the file (YYYY-MM-DD); defaults to today; not before the petition’s receipt' })
  @Optional() @IsBusinessDate()
  addedOn?: string;
}

export class AttachmentAddedResponse extends CommandResponse {
  @ApiProperty({ format: 'uuid' }) attachmentId!: string;
  @ApiProperty({ description: 'SHA-256 of the bytes, lower-case hex, as the event records it' }) sha256!: string;
  @ApiProperty() size!: number;
  @ApiProperty({ description: 'Sealed under the petitioner’s key (erasure shreds it)' }) sealed!: boolean;
}

/** The OpenAPI description of the multipart body. */
export const ATTACHMENT_UPLOAD_SCHEMA = {
  type: 'object',
  required: ['kind', 'file'] as string[],
  properties: {
    kind: { type: 'string', enum: [...ATTACHMENT_KINDS] as string[] },
    addedOn: { type: 'string', format: 'date' },
    file: { type: 'string', format: 'binary', description: 'PDF, JPEG or PNG, sent with its Content-Type; at most ATTACHMENT_LIMIT_BYTES' },
  },
};

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ATTACHMENT_KINDS, ATTACHMENT_MEDIA_TYPES, DOCUMENT_KINDS, SERVICE_METHODS } from '@xinfang/petition';

// The OpenAPI shape of the case file (`CaseFile` in @xinfang/petition).

export class AttachmentView {
  @ApiProperty({ format: 'uuid' }) attachmentId!: string;
  @ApiProperty({ enum: ATTACHMENT_KINDS }) kind!: string;
  @ApiPropertyOptional({ description: 'The file name as uploaded; absent once erased' }) name?: string;
  @ApiProperty({ enum: ATTACHMENT_MEDIA_TYPES }) mediaType!: string;
  @ApiProperty() size!: number;
  @ApiProperty({ description: 'SHA-256 of the bytes, lower-case hex' }) sha256!: string;
  @ApiProperty({ format: 'date' }) addedOn!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The data subject whose key seals the bytes and the name (kinds that carry personal data)' }) sealedFor?: string;
  @ApiPropertyOptional({ enum: ['name'], isArray: true, description: 'Erased at the data subject’s request (the bytes with it)' }) erasedFields?: string[];
}

export class DocumentNumberView {
  @ApiProperty({ example: '信处字〔2026〕12号' }) label!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: 12 }) seq!: number;
}

export class DocumentServiceView {
  @ApiProperty({ example: '信处字〔2026〕12号' }) number!: string;
  @ApiProperty({ enum: SERVICE_METHODS }) method!: string;
  @ApiProperty({ format: 'date' }) servedOn!: string;
  @ApiProperty({ format: 'uuid' }) proofAttachmentId!: string;
  @ApiPropertyOptional() note?: string;
}

export class IssuedDocumentView {
  @ApiProperty({ enum: DOCUMENT_KINDS }) kind!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'hearing-record: the hearing' }) hearingId?: string;
  @ApiProperty({ type: DocumentNumberView }) number!: DocumentNumberView;
  @ApiProperty({ format: 'date' }) issuedOn!: string;
  @ApiProperty({ description: 'SHA-256 of the issued PDF' }) sha256!: string;
  @ApiProperty() size!: number;
  @ApiProperty({ description: 'The case version the document was printed from' }) caseVersion!: number;
  @ApiPropertyOptional({ format: 'uuid' }) sealedFor?: string;
  @ApiPropertyOptional({ type: DocumentServiceView, description: '送达, once recorded' }) service?: DocumentServiceView;
}

export class CaseFileView {
  @ApiProperty({ type: [AttachmentView] }) attachments!: AttachmentView[];
  @ApiProperty({ type: [IssuedDocumentView] }) documents!: IssuedDocumentView[];
}

import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { DocumentsModule } from '../documents/documents.module.js';
import { AttachmentUploadMiddleware } from './attachment-upload.middleware.js';
import { AttachmentService } from './attachment.service.js';
import { AttachmentsController } from './attachments.controller.js';
import { CaseFileContents } from './case-file-contents.js';
import { CaseFileExport } from './case-file-export.service.js';
import { CaseFileController } from './case-file.controller.js';
import { DocumentIssuer } from './document-issuer.service.js';
import { DocumentNumberRegister } from './document-number-register.js';
import { IssuedDocumentRecorder } from './issued-document-recorder.js';
import { IssuedDocumentsController } from './issued-documents.controller.js';

/** 卷宗: attachments, issued and served documents, and the case file as one PDF (DOMAIN.md "The case file"). */
@Module({
  imports: [AuditModule, AuthModule, DocumentsModule],
  controllers: [AttachmentsController, IssuedDocumentsController, CaseFileController],
  providers: [AttachmentService, CaseFileContents, CaseFileExport, DocumentIssuer, DocumentNumberRegister, IssuedDocumentRecorder],
})
export class CaseFileModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AttachmentUploadMiddleware).forRoutes({ path: 'petitions/:id/attachments', method: RequestMethod.POST });
  }
}

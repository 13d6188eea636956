import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AttachmentUploadMiddleware } from './attachment-upload.middleware.js';
import { AttachmentService } from './attachment.service.js';
import { AttachmentsController } from './attachments.controller.js';
import { CaseFileContents } from './case-file-contents.js';

/** 卷宗: attachments, issued and served documents, and the case file as one PDF (DOMAIN.md "The case file"). */
@Module({
  imports: [AuditModule],
  controllers: [AttachmentsController],
  providers: [AttachmentService, CaseFileContents],
})
export class CaseFileModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AttachmentUploadMiddleware).forRoutes({ path: 'petitions/:id/attachments', method: RequestMethod.POST });
  }
}

import { Module } from '@nestjs/common';
import { CaseDocumentService } from './case-document.service.js';
import { DocumentsController } from './documents.controller.js';
import { DOCUMENTS_SETTINGS, documentsSettingsFrom } from './documents.settings.js';
import { PdfRenderer } from './pdf-renderer.js';
import { RenderingLog } from './rendering-log.js';

/** 一键生成文书: the documents DOMAIN.md lists, rendered from a case's events as HTML or PDF. */
@Module({
  controllers: [DocumentsController],
  providers: [{ provide: DOCUMENTS_SETTINGS, useFactory: () => documentsSettingsFrom(process.env) }, CaseDocumentService, PdfRenderer, RenderingLog],
  exports: [DOCUMENTS_SETTINGS, PdfRenderer],
})
export class DocumentsModule {}

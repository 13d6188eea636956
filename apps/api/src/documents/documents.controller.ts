import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth, ApiConflictResponse, ApiNotAcceptableResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces,
  ApiServiceUnavailableResponse, ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Roles } from '../auth/roles.decorator.js';
import { ProblemException, problemType } from '../http/problem.js';
import { CurrentRequest, type RequestContext } from '../http/request-context.js';
import { CaseDocumentService } from './case-document.service.js';
import { DOCUMENT_KINDS, type DocumentFormat, type DocumentKind, isDocumentKind } from './document-kinds.js';
import { DocumentQuery } from './document.request.js';
import { PdfRenderer } from './pdf-renderer.js';
import { RenderingLog } from './rendering-log.js';

const MEDIA_TYPES: Record<DocumentFormat, string> = { html: 'text/html', pdf: 'application/pdf' };

@ApiTags('documents')
@ApiBearerAuth()
@Controller('petitions')
export class DocumentsController {
  constructor(
    private readonly documents: CaseDocumentService,
    private readonly pdf: PdfRenderer,
    private readonly renderings: RenderingLog,
  ) {}

  @Get(':id/documents/:kind')
  @Roles('clerk', 'auditor', 'admin')
  @ApiOperation({ summary: 'A document (文书) rendered from the case’s events, as print-ready A4 HTML or as PDF; each rendering is recorded in the access log' })
  @ApiParam({ name: 'kind', enum: DOCUMENT_KINDS })
  @ApiProduces('text/html', 'application/pdf')
  @ApiOkResponse({
    description: 'The document',
    content: { 'text/html': { schema: { type: 'string' } }, 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiNotFoundResponse({ description: 'No such petition, document kind or hearing' })
  @ApiConflictResponse({ description: 'The case has not reached the step the document records (`stage`, `requires`)' })
  @ApiNotAcceptableResponse({ description: 'Accept allows neither text/html nor application/pdf' })
  @ApiServiceUnavailableResponse({ description: 'PDF asked for and Chromium is not installed (the detail says how to install it)' })
  async render(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Param('kind') kind: string,
    @Query() query: DocumentQuery,
    @CurrentRequest() context: RequestContext,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    if (!isDocumentKind(kind)) {
      throw new ProblemException({ type: problemType('document-kind-not-found'), title: 'No such document', status: 404, detail: `Documents are: ${DOCUMENT_KINDS.join(', ')}.`, kinds: DOCUMENT_KINDS });
    }
    const format = query.format ?? negotiatedFormat(request);
    const document = await this.documents.render(petitionId, { kind, ...(query.hearingId ? { hearingId: query.hearingId } : {}) });
    const body = format === 'pdf' ? await this.pdf.render(document.html) : document.html;
    await this.renderings.record(context.actor, petitionId, { kind, format, version: document.version, ...(query.hearingId ? { hearingId: query.hearingId } : {}) });
    response
      .status(200)
      .setHeader('Cache-Control', 'no-store')
      .setHeader('Vary', 'Accept')
      .setHeader('Content-Disposition', contentDisposition(document.page.title, document.page.receiptNumber, kind, format))
      .type(format === 'pdf' ? MEDIA_TYPES.pdf : `${MEDIA_TYPES.html}; charset=utf-8`)
      .send(body);
  }
}

function negotiatedFormat(request: Request): DocumentFormat {
  const accepted = request.accepts([MEDIA_TYPES.html, MEDIA_TYPES.pdf]);
  if (accepted === MEDIA_TYPES.pdf) return 'pdf';
  if (accepted === MEDIA_TYPES.html) return 'html';
  throw new ProblemException({ type: problemType('not-acceptable'), title: 'Not acceptable', status: 406, detail: 'Documents are text/html or application/pdf (or ask with ?format=html|pdf).' });
}

/** `inline`, with an ASCII file name and the Chinese one for clients that read RFC 6266's filename*. */
function contentDisposition(title: string, receiptNumber: string, kind: DocumentKind, format: DocumentFormat): string {
  const receipt = receiptNumber.replace(/[^A-Za-z0-9-]/g, '_');
  return `inline; filename="${receipt}-${kind}.${format}"; filename*=UTF-8''${encodeURIComponent(`${title}-${receipt}.${format}`)}`;
}

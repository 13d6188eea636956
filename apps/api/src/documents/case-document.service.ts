import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { CalendarService } from '../calendar/calendar.service.js';
import { CaseLoader } from '../event-codec/case-loader.js';
import { caseDocument, type DocumentRequest } from './case-documents.js';
import { DOCUMENTS_SETTINGS, type DocumentsSettings } from './documents.settings.js';
import { type DocumentPage, documentHtml } from './templates/document-layout.js';

export interface RenderedDocument {
  readonly page: DocumentPage;
  readonly html: string;
  /** The case version the document was rendered from. */
  readonly version: number;
}

/** A document rendered from the case's events, folded by the decider, personal data opened by the codec. */
@Injectable()
export class CaseDocumentService {
  constructor(
    private readonly cases: CaseLoader,
    private readonly calendar: CalendarService,
    @Inject(DOCUMENTS_SETTINGS) private readonly settings: DocumentsSettings,
  ) {}

  async render(petitionId: string, request: DocumentRequest): Promise<RenderedDocument> {
    const { recorded, state } = await this.cases.load(petitionId);
    if (state.status === 'none') throw new NotFoundException(`There is no petition ${petitionId}`);
    const page = caseDocument(state, request, { bureauName: this.settings.bureauName, calendar: this.calendar.current() });
    return { page, html: documentHtml(page, { draft: true }), version: recorded.length };
  }
}

import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { EventStore } from '@xinfang/event-store';
import { foldPetition } from '@xinfang/petition';
import { CalendarService } from '../calendar/calendar.service.js';
import { PetitionEventCodec } from '../event-codec/petition-event-codec.js';
import { EVENT_STORE } from '../event-store/event-store.token.js';
import { petitionStreamId } from '../petitions/petition-stream.js';
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
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly codec: PetitionEventCodec,
    private readonly calendar: CalendarService,
    @Inject(DOCUMENTS_SETTINGS) private readonly settings: DocumentsSettings,
  ) {}

  async render(petitionId: string, request: DocumentRequest): Promise<RenderedDocument> {
    const recorded = await this.store.readStream(petitionStreamId(petitionId));
    const state = foldPetition(await this.codec.decode(recorded));
    if (state.status === 'none') throw new NotFoundException(`There is no petition ${petitionId}`);
    const page = caseDocument(state, request, { bureauName: this.settings.bureauName, calendar: this.calendar.current() });
    return { page, html: documentHtml(page), version: recorded.length };
  }
}

import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DuplicateEventIdError, type LogPosition, WrongExpectedVersionError } from '@xinfang/event-store';
import { PersonalDataVault } from '@xinfang/personal-data';
import { decide, type DocumentIssued, shanghaiDate, type DocumentKind, type DocumentNumber, type ExistingPetition, type IssueDocument } from '@xinfang/petition';
import { CalendarService } from '../calendar/calendar.service.js';
import { caseDocument } from '../documents/case-documents.js';
import { DOCUMENTS_SETTINGS, type DocumentsSettings } from '../documents/documents.settings.js';
import { PdfRenderer } from '../documents/pdf-renderer.js';
import { documentHtml } from '../documents/templates/document-layout.js';
import { CaseLoader } from '../event-codec/case-loader.js';
import { PetitionEventCodec } from '../event-codec/petition-event-codec.js';
import { mintedId } from '../http/deterministic-ids.js';
import { ProblemException, problemType } from '../http/problem.js';
import type { RequestContext } from '../http/request-context.js';
import { CaseFileContents } from './case-file-contents.js';
import { DocumentNumberRegister, type RegisterEntry } from './document-number-register.js';
import { IssuedDocumentRecorder } from './issued-document-recorder.js';
import { sealingSubject } from './sealing-subject.js';

const MAX_ATTEMPTS = 10;
const PROVISIONAL = { sha256: '0'.repeat(64), size: 1 };

export interface IssueOutcome {
  readonly petitionId: string;
  readonly kind: DocumentKind;
  readonly number: DocumentNumber;
  readonly issuedOn: string;
  readonly sha256: string;
  readonly size: number;
  readonly version: number;
  readonly position: LogPosition;
}

/**
 * 印发: decide on the case as it stands (409 before anything is taken), print the document with
 * the register's next number, store the PDF sealed under the petitioner's key, take the number
 * (the commit point: an exact-version append to the register), then record it in the case. A
 * number taken but not yet recorded in its case is recorded by the next issuer of that register
 * before it takes its own, so the numbers in the cases never skip or repeat.
 */
@Injectable()
export class DocumentIssuer {
  constructor(
    private readonly cases: CaseLoader,
    private readonly codec: PetitionEventCodec,
    private readonly vault: PersonalDataVault,
    private readonly contents: CaseFileContents,
    private readonly calendar: CalendarService,
    private readonly pdf: PdfRenderer,
    private readonly register: DocumentNumberRegister,
    private readonly recorder: IssuedDocumentRecorder,
    @Inject(DOCUMENTS_SETTINGS) private readonly settings: DocumentsSettings,
  ) {}

  async issue(petitionId: string, kind: DocumentKind, asked: { hearingId?: string; issuedOn?: string }, context: RequestContext): Promise<IssueOutcome> {
    const { recorded, state } = await this.cases.load(petitionId);
    if (state.status === 'none') throw new NotFoundException(`There is no petition ${petitionId}`);
    // If-Match makes the issue conditional like every command on a case (412 when the case moved on),
    // before a number is taken; a retry of this very request (its event already in the case) passes.
    const retried = recorded.some((event) => event.id === mintedId(context, 'document-issued'));
    if (context.ifMatch !== undefined && context.ifMatch !== recorded.length && !retried) {
      throw new ProblemException(
        { type: problemType('version-mismatch'), title: 'The case has moved on', status: 412, detail: `If-Match does not name the current version ${recorded.length}; read the case again.`, currentVersion: recorded.length },
        { ETag: `"${recorded.length}"` },
      );
    }
    const calendar = this.calendar.current();
    const command = (data: Partial<IssueDocument['data']> & Pick<IssueDocument['data'], 'number'>): IssueDocument => ({
      type: 'IssueDocument',
      data: { kind, ...asked, ...PROVISIONAL, caseVersion: recorded.length, ...data },
      context: { actor: context.actor, now: context.now, calendar },
    });
    const issuedOn = asked.issuedOn ?? shanghaiDate(context.now);
    const year = Number(issuedOn.slice(0, 4));
    const [provisional] = decide(command({ number: { label: '', year, seq: 1 } }), state) as [DocumentIssued];
    const { hearingId } = provisional.data;
    const page = caseDocument(state, { kind, ...(hearingId ? { hearingId } : {}) }, { bureauName: this.settings.bureauName, calendar });
    const sealing = await sealingSubject(recorded, this.codec, this.vault);
    await sealing.ready();
    const registerEventId = mintedId(context, 'document-number');
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const last = await this.register.last(kind, year);
      if (last) await this.recorder.record(last, context.actor);
      const number = this.register.next(kind, year, last);
      const printed = await this.pdf.render(documentHtml(page, { number: number.label }));
      const { sha256 } = await this.contents.put(printed, sealing.subject);
      const [event] = decide(command({ number, sha256, size: printed.length, sealedFor: sealing.subject, issuedOn, ...(hearingId ? { hearingId } : {}) }), state) as [DocumentIssued];
      const [encoded] = await this.codec.encode([event]);
      const taken = { kind, number, petitionId, caseEvent: { id: mintedId(context, 'document-issued'), type: 'DocumentIssued' as const, data: encoded!.data, schemaVersion: encoded!.schemaVersion } };
      let entry: RegisterEntry;
      try {
        entry = await this.register.take(taken, last, { id: registerEventId, metadata: { actor: context.actor, recordedAt: context.now.toISOString() } });
      } catch (error) {
        if (error instanceof WrongExpectedVersionError) continue;
        if (!(error instanceof DuplicateEventIdError)) throw error;
        // A retry of a request (same Idempotency-Key) whose number was taken before it stopped.
        const earlier = await this.register.find(kind, year, registerEventId);
        if (!earlier) throw error;
        entry = earlier;
      }
      const { version, position } = await this.recorder.record(entry, context.actor);
      const data = entry.taken.caseEvent.data as DocumentIssued['data'];
      return { petitionId, kind, number: entry.taken.number, issuedOn: data.issuedOn, sha256: data.sha256, size: data.size, version, position };
    }
    throw new ProblemException({ type: problemType('register-busy'), title: 'The number register is busy', status: 409, detail: `Numbers of ${kind} for ${year} were taken by others ${MAX_ATTEMPTS} times in a row; retry.` }, { 'Retry-After': '1' });
  }
}

export function issuedDocumentOf(state: ExistingPetition, label: string) {
  const document = state.caseFile?.documents.find((candidate) => candidate.number.label === label);
  if (document) return document;
  throw new ProblemException({ type: problemType('document-not-issued'), title: 'No such issued document', status: 404, detail: `The case has no issued document numbered ${label}.` });
}

import type { EventTable } from '../core/decider-tables.js';
import { CorruptPetitionStreamError } from '../core/petition.errors.js';
import type { ExistingPetition } from '../core/petition.state.js';
import type { CaseFileEvent } from './case-file.events.js';
import { type CaseFile, emptyCaseFile, issuedDocument } from './case-file.record.js';

const fileOf = (petition: ExistingPetition): CaseFile => petition.caseFile ?? emptyCaseFile();

/** The case file grows beside the lifecycle, in any stage: its steps are side steps. */
export const CASE_FILE_EVENTS: EventTable<CaseFileEvent> = {
  AttachmentAdded: {
    name: 'attachment',
    kind: 'side',
    date: (data) => data.addedOn,
    evolve: (petition, event) => {
      const caseFile = fileOf(petition);
      return { ...petition, caseFile: { ...caseFile, attachments: [...caseFile.attachments, event.data] } };
    },
  },
  DocumentIssued: {
    name: 'document issue',
    kind: 'side',
    date: (data) => data.issuedOn,
    evolve: (petition, event) => {
      const caseFile = fileOf(petition);
      return { ...petition, caseFile: { ...caseFile, documents: [...caseFile.documents, event.data] } };
    },
  },
  DocumentServed: {
    name: 'service',
    kind: 'side',
    date: (data) => data.servedOn,
    evolve: (petition, event) => {
      const caseFile = fileOf(petition);
      if (!issuedDocument(caseFile, event.data.number)) throw new CorruptPetitionStreamError(event.type, petition.status);
      const documents = caseFile.documents.map((document) => (document.number.label === event.data.number ? { ...document, service: event.data } : document));
      return { ...petition, caseFile: { ...caseFile, documents } };
    },
  },
};

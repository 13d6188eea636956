import type { IsoDate } from '../core/business-date.js';
import type { CommandContext } from '../core/command-context.js';
import type { AttachmentKind, AttachmentMediaType, DocumentKind, ServiceMethod } from './case-file.types.js';

/**
 * An attachment whose bytes the API has already checked and stored: the command carries what the
 * event log keeps of it. `sealedFor` names the data subject whose key sealed the bytes and the
 * name; it is given exactly for the kinds that carry personal data.
 */
export interface AddAttachment {
  type: 'AddAttachment';
  data: {
    attachmentId: string;
    kind: AttachmentKind;
    name: string;
    mediaType: AttachmentMediaType;
    size: number;
    sha256: string;
    sealedFor?: string;
    addedOn?: IsoDate;
  };
  context: CommandContext;
}

/** A document number (文号) taken from its kind's register for the year: `信处字〔2026〕12号`. */
export interface DocumentNumber {
  label: string;
  year: number;
  seq: number;
}

/**
 * Issuing (印发) a document: the API has numbered it, printed it and stored the PDF under its
 * SHA-256. `hearingId` picks the hearing of a hearing record (the latest concluded one if absent);
 * `caseVersion` is the case version the document was printed from.
 */
export interface IssueDocument {
  type: 'IssueDocument';
  data: {
    kind: DocumentKind;
    hearingId?: string;
    number: DocumentNumber;
    sha256: string;
    size: number;
    caseVersion: number;
    sealedFor?: string;
    issuedOn?: IsoDate;
  };
  context: CommandContext;
}

/** 送达: an issued document, by its number, served by `method` on `servedOn`, with the proof attached. */
export interface ServeDocument {
  type: 'ServeDocument';
  data: { number: string; method: ServiceMethod; proofAttachmentId: string; servedOn?: IsoDate; note?: string };
  context: CommandContext;
}

export type CaseFileCommand = AddAttachment | IssueDocument | ServeDocument;

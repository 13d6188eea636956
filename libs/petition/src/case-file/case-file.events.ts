import type { IsoDate } from '../core/business-date.js';
import type { DocumentNumber } from './case-file.commands.js';
import type { AttachmentKind, AttachmentMediaType, DocumentKind, ServiceMethod } from './case-file.types.js';

/** The bytes live outside the log, addressed by `sha256` (and `sealedFor`, when sealed). */
export interface AttachmentAdded {
  type: 'AttachmentAdded';
  data: {
    attachmentId: string;
    kind: AttachmentKind;
    name: string;
    mediaType: AttachmentMediaType;
    size: number;
    sha256: string;
    addedOn: IsoDate;
    sealedFor?: string;
  };
}

/** 印发: the number, and the PDF's hash; the PDF itself is kept outside the log, byte for byte. */
export interface DocumentIssued {
  type: 'DocumentIssued';
  data: {
    kind: DocumentKind;
    hearingId?: string;
    number: DocumentNumber;
    issuedOn: IsoDate;
    sha256: string;
    size: number;
    caseVersion: number;
    sealedFor?: string;
  };
}

/** 送达. */
export interface DocumentServed {
  type: 'DocumentServed';
  data: { number: string; method: ServiceMethod; servedOn: IsoDate; proofAttachmentId: string; note?: string };
}

export type CaseFileEvent = AttachmentAdded | DocumentIssued | DocumentServed;

import type { IsoDate } from '../core/business-date.js';
import type { AttachmentAdded, DocumentIssued, DocumentServed } from './case-file.events.js';
import type { DocumentKind } from './case-file.types.js';

/** The file name of a sealed attachment is personal data: absent once erased, and on the read side. */
export type Attachment = Omit<AttachmentAdded['data'], 'name'> & { name?: string };
export type DocumentService = DocumentServed['data'];
export type IssuedDocument = DocumentIssued['data'] & { service?: DocumentService };

/** The case file (卷宗): attachments and issued documents, each in the order recorded. */
export interface CaseFile {
  attachments: Attachment[];
  documents: IssuedDocument[];
}

export function emptyCaseFile(): CaseFile {
  return { attachments: [], documents: [] };
}

/** Whether the case's file holds this attachment: a step cites only its own case's attachments (upload first). */
export function isAttachmentOf(caseFile: CaseFile | undefined, attachmentId: string): boolean {
  return caseFile?.attachments.some((attachment) => attachment.attachmentId === attachmentId) ?? false;
}

export function issuedDocument(caseFile: CaseFile | undefined, label: string): IssuedDocument | undefined {
  return caseFile?.documents.find((document) => document.number.label === label);
}

/**
 * The day the petitioner was served the document of this kind: the service of the latest issued
 * one that has been served (a document issued again supersedes the first), else none recorded.
 */
export function servedOnOf(caseFile: CaseFile | undefined, kind: DocumentKind): IsoDate | undefined {
  return caseFile?.documents.filter((document) => document.kind === kind && document.service).at(-1)?.service?.servedOn;
}

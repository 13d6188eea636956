/** The case file's vocabularies (DOMAIN.md "The case file"): what may be attached, which documents are issued, how they are served. */

/**
 * What an attachment is. Every kind but the unit's completion report carries the petitioner's
 * personal data (a signature, an ID number, an address, the petitioner's own words), so its bytes
 * are sealed under the petitioner's key and its file name with them.
 */
export const ATTACHMENT_KINDS = [
  'letter',
  'identity_document',
  'evidence',
  'service_proof',
  'signed_agreement',
  'hearing_minutes',
  'completion_report',
  'other',
] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

const UNSEALED_KINDS: readonly AttachmentKind[] = ['completion_report'];

export function carriesPersonalData(kind: AttachmentKind): boolean {
  return !UNSEALED_KINDS.includes(kind);
}

export const ATTACHMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

/** The documents DOMAIN.md lists, by the path segment that names each. */
export const DOCUMENT_KINDS = [
  'acceptance-notice',
  'non-acceptance-notice',
  'extension-notice',
  'hearing-record',
  'mediation-agreement',
  'handling-opinion',
  'review-opinion',
  'final-review-opinion',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** 送达方式: 直接送达, 邮寄送达, 电子送达. */
export const SERVICE_METHODS = ['in_person', 'post', 'electronic'] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number];

/** A file name as the uploader's system gave it, without its folders. */
export const FILE_NAME_MAX_LENGTH = 255;

/** A SHA-256 digest as lower-case hex. */
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

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

export const DOCUMENT_FORMATS = ['html', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

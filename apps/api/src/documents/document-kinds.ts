import type { DocumentKind } from '@xinfang/petition';

export { DOCUMENT_KINDS, type DocumentKind, isDocumentKind } from '@xinfang/petition';

export const DOCUMENT_FORMATS = ['html', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** The word of each kind's number (文号), before the year: `信处字〔2026〕12号`. */
export const DOCUMENT_NUMBER_WORDS: Record<DocumentKind, string> = {
  'acceptance-notice': '信受字',
  'non-acceptance-notice': '信不受字',
  'extension-notice': '信延字',
  'hearing-record': '信听字',
  'mediation-agreement': '信调字',
  'handling-opinion': '信处字',
  'review-opinion': '信复查字',
  'final-review-opinion': '信复核字',
};

/** GB/T 9704's 发文字号: the kind's word, the year in 六角括号 〔〕, the sequence without leading zeros, then 号. */
export function documentNumberLabel(kind: DocumentKind, year: number, seq: number): string {
  return `${DOCUMENT_NUMBER_WORDS[kind]}〔${year}〕${seq}号`;
}

import type { RecordedEvent } from '@xinfang/event-store';
import type { Attachment, AttachmentKind, DocumentKind, ExistingPetition, IssuedDocument, ServiceMethod } from '@xinfang/petition';
import { chineseDate } from '../documents/templates/chinese-terms.js';

/** One entry of the case file in the order recorded: an issued document or an attachment. */
export type CaseFileMember = { readonly source: 'document'; readonly document: IssuedDocument } | { readonly source: 'attachment'; readonly attachment: Attachment };

/** A line of the index (卷宗目录), without its pages yet. */
export interface IndexLine {
  readonly title: string;
  /** The number of an issued document, the file name of an attachment. */
  readonly reference: string;
  readonly date: string;
  readonly note: string;
}

const DOCUMENT_TITLES: Record<DocumentKind, string> = {
  'acceptance-notice': '受理告知书',
  'non-acceptance-notice': '不予受理告知书',
  'extension-notice': '延期告知书',
  'hearing-record': '模拟法庭听证笔录',
  'mediation-agreement': '调解协议书',
  'handling-opinion': '信访事项处理意见书',
  'review-opinion': '信访事项复查意见书',
  'final-review-opinion': '信访事项复核意见书',
};

const ATTACHMENT_TITLES: Record<AttachmentKind, string> = {
  letter: '信访件（来信）',
  identity_document: '身份证明',
  evidence: '证据材料',
  service_proof: '送达回证',
  signed_agreement: '调解协议（签字本）',
  hearing_minutes: '听证笔录（签字本）',
  completion_report: '办结报告',
  other: '其他材料',
};

const SERVICE_TERMS: Record<ServiceMethod, string> = { in_person: '直接送达', post: '邮寄送达', electronic: '电子送达' };

/** The issued documents and attachments in the order their events were recorded. */
export function caseFileMembers(state: ExistingPetition, recorded: readonly RecordedEvent[]): CaseFileMember[] {
  const documents = [...(state.caseFile?.documents ?? [])];
  const attachments = [...(state.caseFile?.attachments ?? [])];
  return recorded.flatMap((event): CaseFileMember[] => {
    if (event.type === 'DocumentIssued') return [{ source: 'document', document: documents.shift()! }];
    if (event.type === 'AttachmentAdded') return [{ source: 'attachment', attachment: attachments.shift()! }];
    return [];
  });
}

export function indexLine(member: CaseFileMember): IndexLine {
  if (member.source === 'document') {
    const { document } = member;
    const service = document.service && `${chineseDate(document.service.servedOn)}${SERVICE_TERMS[document.service.method]}`;
    return { title: DOCUMENT_TITLES[document.kind], reference: document.number.label, date: chineseDate(document.issuedOn), note: service ?? '' };
  }
  const { attachment } = member;
  return { title: ATTACHMENT_TITLES[attachment.kind], reference: attachment.name ?? '（已依法删除）', date: chineseDate(attachment.addedOn), note: '' };
}

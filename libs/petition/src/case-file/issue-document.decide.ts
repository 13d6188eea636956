import { shanghaiDate } from '../core/business-date.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { RuleChecks } from '../core/rule-checks.js';
import type { IssueDocument } from './case-file.commands.js';
import type { DocumentIssued } from './case-file.events.js';
import { DOCUMENT_KINDS, SHA256_PATTERN } from './case-file.types.js';
import { documentSource } from './document-availability.js';

/**
 * 印发: a document the case has reached (else 409), numbered from its kind's register for the
 * year it is issued in, dated not before the step it records. Issuing a document again gives it
 * a new number; the later one supersedes the first.
 */
export function decideDocumentIssue(command: IssueDocument, petition: ExistingPetition): [DocumentIssued] {
  const { data, context } = command;
  const checks = new RuleChecks();
  checks.oneOf('kind', DOCUMENT_KINDS, data.kind);
  checks.throwIfAny();
  const source = documentSource(petition, data.kind, data.hearingId);
  const today = shanghaiDate(context.now);
  const issuedOn = data.issuedOn ?? today;
  if (checks.businessDate('issuedOn', issuedOn, { today, notBefore: { date: source.recordedOn, step: 'step the document records' } })) {
    if (data.number.year !== Number(issuedOn.slice(0, 4))) checks.add('number', `must be of the year the document is issued in, ${issuedOn.slice(0, 4)}`);
  }
  if (!Number.isSafeInteger(data.number.seq) || data.number.seq < 1) checks.add('number', 'must be a positive sequence number');
  if (petition.caseFile?.documents.some((document) => document.number.label === data.number.label)) checks.add('number', `${data.number.label} is already on record`);
  if (!SHA256_PATTERN.test(data.sha256)) checks.add('sha256', 'must be a SHA-256 digest in lower-case hex');
  if (!Number.isSafeInteger(data.size) || data.size <= 0) checks.add('size', 'must be a positive number of bytes');
  checks.throwIfAny();
  const { hearingId: _asked, issuedOn: _given, sealedFor, ...rest } = data;
  return [{
    type: 'DocumentIssued',
    data: { ...rest, ...(source.hearingId !== undefined ? { hearingId: source.hearingId } : {}), issuedOn, ...(sealedFor !== undefined ? { sealedFor } : {}) },
  }];
}

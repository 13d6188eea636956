import { shanghaiDate } from '../core/business-date.js';
import { NOTE_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { RuleChecks } from '../core/rule-checks.js';
import type { ServeDocument } from './case-file.commands.js';
import { DocumentAlreadyServedError } from './case-file.errors.js';
import type { DocumentServed } from './case-file.events.js';
import { issuedDocument } from './case-file.record.js';
import { type DocumentKind, SERVICE_METHODS } from './case-file.types.js';

/**
 * 送达 of an issued document, once, with its proof attached, on or after the day it was issued.
 * An opinion's service starts the petitioner's window to contest it, so it may not come after the
 * request that contests it.
 */
export function decideService(command: ServeDocument, petition: ExistingPetition): [DocumentServed] {
  const { data, context } = command;
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const servedOn = data.servedOn ?? today;
  const document = issuedDocument(petition.caseFile, data.number);
  if (!document) checks.add('number', `no document numbered ${data.number} has been issued in this case: issue it before serving it`);
  if (document?.service) throw new DocumentAlreadyServedError(data.number, document.service.servedOn);
  checks.oneOf('method', SERVICE_METHODS, data.method);
  if (!petition.caseFile?.attachments.some((attachment) => attachment.attachmentId === data.proofAttachmentId)) {
    checks.add('proofAttachmentId', 'must name an attachment of this case (upload the proof of service first)');
  }
  checks.optionalText('note', data.note, NOTE_MAX_LENGTH);
  const issued = document && { date: document.issuedOn, step: `issue of ${document.number.label}` };
  if (checks.businessDate('servedOn', servedOn, { today, ...(issued ? { notBefore: issued } : {}) }) && document) {
    const contested = contestedOn(petition, document.kind);
    if (contested && servedOn > contested.date) checks.add('servedOn', `must not be after the ${contested.step} on ${contested.date} that contests it`);
  }
  checks.throwIfAny();
  const { servedOn: _given, ...rest } = data;
  return [{ type: 'DocumentServed', data: { ...rest, servedOn } }];
}

function contestedOn(petition: ExistingPetition, kind: DocumentKind): { date: string; step: string } | undefined {
  if (kind === 'handling-opinion' && 'review' in petition && petition.review) return { date: petition.review.request.requestedOn, step: 'review request' };
  if (kind === 'review-opinion' && 'finalReview' in petition && petition.finalReview) return { date: petition.finalReview.request.requestedOn, step: 'final review request' };
  return undefined;
}

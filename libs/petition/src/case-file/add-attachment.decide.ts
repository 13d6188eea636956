import { shanghaiDate } from '../core/business-date.js';
import { ID_MAX_LENGTH } from '../core/petition.limits.js';
import type { ExistingPetition } from '../core/petition.state.js';
import { RuleChecks } from '../core/rule-checks.js';
import type { AddAttachment } from './case-file.commands.js';
import type { AttachmentAdded } from './case-file.events.js';
import { ATTACHMENT_KINDS, ATTACHMENT_MEDIA_TYPES, carriesPersonalData, FILE_NAME_MAX_LENGTH, SHA256_PATTERN } from './case-file.types.js';

/** An attachment, in any stage: the file as received since the petition reached the bureau, sealed when it carries personal data. */
export function decideAttachment(command: AddAttachment, petition: ExistingPetition): [AttachmentAdded] {
  const { data, context } = command;
  const checks = new RuleChecks();
  const today = shanghaiDate(context.now);
  const addedOn = data.addedOn ?? today;
  checks.requiredText('attachmentId', data.attachmentId, ID_MAX_LENGTH);
  if (petition.caseFile?.attachments.some((attachment) => attachment.attachmentId === data.attachmentId)) checks.add('attachmentId', 'is already an attachment of this case');
  checks.oneOf('kind', ATTACHMENT_KINDS, data.kind);
  checks.oneOf('mediaType', ATTACHMENT_MEDIA_TYPES, data.mediaType);
  checks.requiredText('name', data.name, FILE_NAME_MAX_LENGTH);
  if (!Number.isSafeInteger(data.size) || data.size <= 0) checks.add('size', 'must be a positive number of bytes');
  if (typeof data.sha256 !== 'string' || !SHA256_PATTERN.test(data.sha256)) checks.add('sha256', 'must be a SHA-256 digest in lower-case hex');
  if ((ATTACHMENT_KINDS as readonly string[]).includes(data.kind)) {
    const sealed = data.sealedFor !== undefined;
    if (carriesPersonalData(data.kind) !== sealed) checks.add('sealedFor', sealed ? `must be absent: a ${data.kind} is not sealed` : `is required: a ${data.kind} carries personal data and is sealed`);
  }
  checks.businessDate('addedOn', addedOn, { today, notBefore: { date: petition.receivedAt, step: 'receipt' } });
  checks.throwIfAny();
  const { addedOn: _given, sealedFor, ...attachment } = data;
  return [{ type: 'AttachmentAdded', data: { ...attachment, addedOn, ...(sealedFor !== undefined ? { sealedFor } : {}) } }];
}

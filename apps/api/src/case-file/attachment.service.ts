import { Injectable, NotFoundException } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { PersonalDataVault } from '@xinfang/personal-data';
import { type Actor, type Attachment, carriesPersonalData, decide, type PetitionCommand, type AttachmentMediaType, type ExistingPetition } from '@xinfang/petition';
import { CalendarService } from '../calendar/calendar.service.js';
import { CaseLoader } from '../event-codec/case-loader.js';
import { PetitionEventCodec } from '../event-codec/petition-event-codec.js';
import { mintedId } from '../http/deterministic-ids.js';
import { ProblemException, problemType } from '../http/problem.js';
import type { RequestContext } from '../http/request-context.js';
import { CaseReaders } from '../units/case-readers.js';
import { UnitDirectoryService } from '../units/unit-directory.service.js';
import { RunCaseCommand } from '../petitions/command-path/case-command.controller.js';
import type { PetitionCommandInput } from '../petitions/command-path/petition-command-runner.js';
import type { AddAttachmentRequest } from './attachment.request.js';
import { CaseFileContents, type OpenedContent, sha256Of } from './case-file-contents.js';
import { unreadableReason } from './readable-upload.js';
import { sealingSubject } from './sealing-subject.js';
import { uploadRefusal } from './upload-signature.js';

export interface UploadedFile {
  readonly bytes: Buffer;
  readonly declaredType: string;
  readonly fileName: string;
}

/**
 * Attachments: the file checked (type against signature, whole, readable), the command decided on
 * the case as it stands, and only then the bytes stored and the event appended, so a refused
 * upload leaves nothing behind.
 */
@Injectable()
export class AttachmentService {
  constructor(
    private readonly cases: CaseLoader,
    private readonly codec: PetitionEventCodec,
    private readonly vault: PersonalDataVault,
    private readonly contents: CaseFileContents,
    private readonly calendar: CalendarService,
    private readonly commandBus: CommandBus,
    private readonly units: UnitDirectoryService,
    private readonly readers: CaseReaders,
  ) {}

  async add(petitionId: string, file: UploadedFile, request: AddAttachmentRequest, context: RequestContext) {
    const refusal = uploadRefusal(file.bytes, file.declaredType);
    if (refusal) throw uploadProblem(refusal.status, refusal.detail);
    const mediaType = file.declaredType as AttachmentMediaType;
    const unreadable = await unreadableReason(file.bytes, mediaType);
    if (unreadable) throw uploadProblem(400, unreadable);
    const { recorded, state } = await this.cases.load(petitionId);
    if (state.status === 'none') throw new NotFoundException(`There is no petition ${petitionId}`);
    const sealing = carriesPersonalData(request.kind) ? await sealingSubject(recorded, this.codec, this.vault) : undefined;
    const sha256 = sha256Of(file.bytes);
    const input: PetitionCommandInput = {
      type: 'AddAttachment',
      data: {
        attachmentId: mintedId(context, 'attachment'), kind: request.kind, name: fileName(file.fileName), mediaType, size: file.bytes.length, sha256,
        ...(sealing ? { sealedFor: sealing.subject } : {}), ...(request.addedOn ? { addedOn: request.addedOn } : {}),
      },
    };
    const units = await this.units.current();
    decide({ ...input, context: { actor: context.actor, now: context.now, calendar: this.calendar.current(), units } } as PetitionCommand, state);
    await sealing?.ready();
    await this.contents.put(file.bytes, sealing?.subject);
    const outcome = await this.commandBus.execute(new RunCaseCommand(petitionId, input, context));
    return { outcome, attachmentId: input.data.attachmentId, sha256, size: file.bytes.length, sealed: sealing !== undefined };
  }

  /** The attachment as the case records it, and its bytes (or why they cannot be had). */
  async open(petitionId: string, attachmentId: string, reader: Actor): Promise<{ attachment: Attachment; content: OpenedContent }> {
    const { state } = await this.cases.load(petitionId);
    if (state.status === 'none') throw new NotFoundException(`There is no petition ${petitionId}`);
    await this.readers.assertMayRead(petitionId, state, reader);
    const attachment = attachmentOf(state, attachmentId);
    return { attachment, content: await this.contents.open(attachment) };
  }
}

function attachmentOf(state: ExistingPetition, attachmentId: string): Attachment {
  const attachment = state.caseFile?.attachments.find((candidate) => candidate.attachmentId === attachmentId);
  if (attachment) return attachment;
  throw new ProblemException({ type: problemType('attachment-not-found'), title: 'No such attachment', status: 404, detail: `The case has no attachment ${attachmentId}.` });
}

const UNSTORABLE = /\p{Cc}|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** The name without the sender's folders or control characters, at most 255 characters. */
function fileName(sent: string): string {
  const base = sent.split(/[\\/]/).at(-1)!.normalize('NFC').replace(UNSTORABLE, '').trim();
  return [...(base || 'attachment')].slice(0, 255).join('');
}

function uploadProblem(status: number, detail: string): ProblemException {
  const slug = status === 415 ? 'unsupported-media-type' : 'unreadable-file';
  return new ProblemException({ type: problemType(slug), title: status === 415 ? 'Not a file type the case file takes' : 'The file cannot be used', status, detail, errors: [{ field: 'file', message: detail }] });
}

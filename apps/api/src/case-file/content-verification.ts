import type { RecordedEvent } from '@xinfang/event-store';
import type { CaseFileContents } from './case-file-contents.js';

/** A file whose stored bytes are not the ones its event recorded (or are gone). */
export interface AlteredContent {
  readonly streamId: string;
  readonly version: number;
  readonly eventId: string;
  readonly attachmentId?: string;
  readonly number?: string;
  readonly kind: string;
  readonly recordedSha256: string;
  /** Null when the bytes are missing, or sealed bytes no longer open under their key. */
  readonly actualSha256: string | null;
  readonly state: 'altered' | 'missing';
}

export interface ContentVerification {
  readonly checked: number;
  /** Sealed under erased keys: shredded on purpose, nothing left to check. */
  readonly erased: number;
  readonly altered: AlteredContent[];
}

/** The events that name a file by its hash. */
export const CONTENT_EVENT_TYPES = ['AttachmentAdded', 'DocumentIssued'] as const;

interface ContentEventData {
  attachmentId?: string;
  number?: { label: string };
  kind: string;
  sha256: string;
  sealedFor?: string;
}

/** Every attachment and issued document these events record, checked against its stored bytes. */
export async function verifyContents(events: readonly RecordedEvent[], contents: CaseFileContents): Promise<ContentVerification> {
  let checked = 0;
  let erased = 0;
  const altered: AlteredContent[] = [];
  for (const event of events) {
    if (!(CONTENT_EVENT_TYPES as readonly string[]).includes(event.type)) continue;
    const data = event.data as ContentEventData;
    const opened = await contents.open({ sha256: data.sha256, ...(data.sealedFor ? { sealedFor: data.sealedFor } : {}) });
    checked++;
    if (opened.state === 'erased') erased++;
    if (opened.state !== 'altered' && opened.state !== 'missing') continue;
    altered.push({
      streamId: event.streamId, version: Number(event.version) + 1, eventId: event.id, kind: data.kind, recordedSha256: data.sha256,
      ...(data.attachmentId ? { attachmentId: data.attachmentId } : {}), ...(data.number ? { number: data.number.label } : {}),
      actualSha256: opened.state === 'altered' ? opened.actualSha256 : null, state: opened.state,
    });
  }
  return { checked, erased, altered };
}

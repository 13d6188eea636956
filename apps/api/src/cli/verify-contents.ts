import type { EventStore, LogPosition } from '@xinfang/event-store';
import { PETITION_STREAM_PREFIX } from '@xinfang/petition';
import type { CaseFileContents } from '../case-file/case-file-contents.js';
import { CONTENT_EVENT_TYPES, type ContentVerification, verifyContents } from '../case-file/content-verification.js';

/** Every attachment and issued PDF of every case, checked against the hash its event records, in one pass over those events. */
export async function verifyAllContents(store: EventStore, contents: CaseFileContents, batchSize = 1_000): Promise<ContentVerification> {
  const total = { checked: 0, erased: 0, altered: [] as ContentVerification['altered'] };
  let from: LogPosition | null = null;
  for (;;) {
    const batch = await store.readAll(from, batchSize, { streamPrefix: PETITION_STREAM_PREFIX, eventTypes: CONTENT_EVENT_TYPES });
    if (batch.length === 0) return total;
    const result = await verifyContents(batch, contents);
    total.checked += result.checked;
    total.erased += result.erased;
    total.altered.push(...result.altered);
    from = batch[batch.length - 1]!.position;
  }
}

import { verifyHashChain, type AppendResult, type EventStore, type LogPosition, type NewEvent, type RecordedEvent } from '@xinfang/event-store';

export interface CopyOptions {
  /** Only streams whose id starts with this; every stream when omitted. */
  readonly streamPrefix?: string;
  /** Events read from the source at a time; defaults to 500. */
  readonly pageSize?: number;
  readonly onProgress?: (copied: CopySummary) => void;
}

export interface CopySummary {
  readonly streams: number;
  readonly eventsRead: number;
  /** Events the target did not hold before. */
  readonly eventsAppended: number;
  /** Events the target already held, confirmed by it as the same ids at the same versions. */
  readonly eventsAlreadyPresent: number;
}

export interface CopyVerification {
  readonly intact: boolean;
  readonly streamsCompared: number;
  readonly eventsCompared: number;
  readonly problems: readonly string[];
}

const DEFAULT_PAGE_SIZE = 500;
/** Problems listed before the rest are only counted: one broken stream can break thousands of events. */
const MAX_PROBLEMS_LISTED = 20;

/**
 * Copies every event of `source` into `target` in the source's global order, keeping stream ids,
 * event ids, versions and (since each store chains the same way) hashes. Each run of one stream's
 * events is appended at the exact version it holds in the source. Events the target already has
 * are sent again as a retry, so that the target confirms by event id that they are the same, or
 * refuses and stops the copy; re-running a finished copy therefore stores nothing twice.
 */
export async function copyEvents(source: EventStore, target: EventStore, options: CopyOptions = {}): Promise<CopySummary> {
  const targetVersions = new Map<string, bigint>();
  let summary: CopySummary = { streams: 0, eventsRead: 0, eventsAppended: 0, eventsAlreadyPresent: 0 };
  for await (const page of pagesOf(source, options)) {
    for (const run of runsOfOneStream(page)) {
      const { streamId } = run[0]!;
      let targetVersion = targetVersions.get(streamId);
      if (targetVersion === undefined) {
        const [last] = await target.readStream(streamId, { direction: 'backwards', maxCount: 1 });
        targetVersion = last?.version ?? -1n;
        summary = { ...summary, streams: summary.streams + 1 };
      }
      const present = run.filter((event) => event.version <= targetVersion!);
      const missing = run.slice(present.length);
      if (present.length > 0) await appendAtSourceVersion(target, present);
      if (missing.length > 0) targetVersion = (await appendAtSourceVersion(target, missing)).nextExpectedVersion;
      targetVersions.set(streamId, targetVersion);
      summary = {
        ...summary,
        eventsRead: summary.eventsRead + run.length,
        eventsAppended: summary.eventsAppended + missing.length,
        eventsAlreadyPresent: summary.eventsAlreadyPresent + present.length,
      };
    }
    options.onProgress?.(summary);
  }
  return summary;
}

/**
 * Checks that `target` holds what `source` holds: the same streams, the same events (id, stream,
 * version, type, hash) in the same global order, and in both stores every stream's hash chain
 * recomputed from the stored events themselves, so an edited event is found even if its hash was left alone.
 */
export async function verifyCopy(source: EventStore, target: EventStore, options: CopyOptions = {}): Promise<CopyVerification> {
  const problems: string[] = [];
  const sourceLog = await fingerprintsOf(source, options);
  const sourceStreams = new Set(sourceLog.map((event) => event.streamId));
  const targetLog = await fingerprintsOf(target, options);
  const targetStreams = new Set(targetLog.map((event) => event.streamId));

  for (const streamId of sourceStreams) if (!targetStreams.has(streamId)) problems.push(`stream ${streamId} is missing from the target`);
  for (const streamId of targetStreams) if (!sourceStreams.has(streamId)) problems.push(`stream ${streamId} is in the target only`);

  const copied = targetLog.filter((event) => sourceStreams.has(event.streamId));
  if (copied.length !== sourceLog.length) problems.push(`the source holds ${sourceLog.length} events, the target ${copied.length}`);
  const mismatch = sourceLog.findIndex((event, index) => !sameFingerprint(event, copied[index]));
  if (mismatch >= 0 && copied[mismatch]) {
    problems.push(`event ${mismatch + 1} of the log differs: source ${describeEvent(sourceLog[mismatch]!)}, target ${describeEvent(copied[mismatch]!)}`);
  }

  for (const streamId of sourceStreams) {
    for (const [side, store] of [['source', source], ['target', target]] as const) {
      const chain = verifyHashChain(await store.readStream(streamId));
      if (!chain.intact) {
        const { eventId, version } = chain.firstMismatch;
        problems.push(`${side} stream ${streamId}: the hash chain breaks at version ${version} (event ${eventId})`);
      }
    }
  }

  const listed = problems.slice(0, MAX_PROBLEMS_LISTED);
  if (problems.length > listed.length) listed.push(`… and ${problems.length - listed.length} more problems`);
  return { intact: problems.length === 0, streamsCompared: sourceStreams.size, eventsCompared: sourceLog.length, problems: listed };
}

export function formatCopyReport(summary: CopySummary, verification: CopyVerification): string {
  return [
    `Copied ${summary.streams} streams: ${summary.eventsRead} events read, ${summary.eventsAppended} appended, ${summary.eventsAlreadyPresent} already in the target.`,
    verification.intact
      ? `Verified: ${verification.streamsCompared} streams and ${verification.eventsCompared} events match, in the same order, every hash chain intact.`
      : `Verification FAILED (${verification.streamsCompared} streams, ${verification.eventsCompared} events compared):\n${verification.problems.map((problem) => `  - ${problem}`).join('\n')}`,
  ].join('\n');
}

type Fingerprint = Pick<RecordedEvent, 'streamId' | 'id' | 'version' | 'type' | 'hash'>;

async function fingerprintsOf(store: EventStore, options: CopyOptions): Promise<Fingerprint[]> {
  const log: Fingerprint[] = [];
  for await (const page of pagesOf(store, options)) {
    log.push(...page.map(({ streamId, id, version, type, hash }) => ({ streamId, id, version, type, hash })));
  }
  return log;
}

async function* pagesOf(store: EventStore, options: CopyOptions): AsyncGenerator<RecordedEvent[]> {
  const readOptions = options.streamPrefix === undefined ? {} : { streamPrefix: options.streamPrefix };
  let cursor: LogPosition | null = null;
  for (;;) {
    const page = await store.readAll(cursor, options.pageSize ?? DEFAULT_PAGE_SIZE, readOptions);
    if (page.length === 0) return;
    yield page;
    cursor = page.at(-1)!.position;
  }
}

/** Consecutive events of one stream, which can go to the target in one append. */
function runsOfOneStream(page: readonly RecordedEvent[]): RecordedEvent[][] {
  const runs: RecordedEvent[][] = [];
  for (const event of page) {
    const run = runs.at(-1);
    if (run && run[0]!.streamId === event.streamId) run.push(event);
    else runs.push([event]);
  }
  return runs;
}

function appendAtSourceVersion(target: EventStore, run: readonly RecordedEvent[]): Promise<AppendResult> {
  const first = run[0]!;
  const events: NewEvent[] = run.map(({ id, type, data, metadata }) => ({ id, type, data, metadata }));
  return target.appendToStream(first.streamId, events, { expectedVersion: first.version === 0n ? 'no_stream' : first.version - 1n });
}

function sameFingerprint(a: Fingerprint, b: Fingerprint | undefined): boolean {
  return !!b && a.streamId === b.streamId && a.id === b.id && a.version === b.version && a.type === b.type && a.hash === b.hash;
}

function describeEvent(event: Fingerprint): string {
  return `${event.streamId}@${event.version} ${event.type} ${event.id} #${event.hash.slice(0, 12)}`;
}

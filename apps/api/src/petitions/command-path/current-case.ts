import { type BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { type EventStore, formatLogPosition, type NewEvent, type RecordedEvent } from '@xinfang/event-store';
import { PersonalDataVault } from '@xinfang/personal-data';
import { evolve, PETITION_STATE_SHAPE, type PetitionState, petitionStreamId } from '@xinfang/petition';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { PetitionEventCodec, RECORD_EVENT_TYPES } from '../../event-codec/petition-event-codec.js';
import { EVENT_STORE } from '../../event-store/event-store.token.js';
import { stepsOf } from '../get-petition/petition.view.js';
import { CASE_SNAPSHOTS, type CaseSnapshot, type CaseSnapshots, type StepRecord } from './case-snapshots.port.js';

/** A case as the write side loads it: its state now, from its latest usable snapshot and the events after it. */
export interface CurrentCase {
  readonly petitionId: string;
  /** Events in the stream: the case version (ETag). */
  readonly version: number;
  readonly state: PetitionState;
  /** The events after the snapshot used; the whole stream when none was. */
  readonly tail: readonly RecordedEvent[];
  /** The snapshot folded on, if one was. */
  readonly snapshot: CaseSnapshot | undefined;
  /** The latest event's id and log position (`commit-prepare`); undefined for a stream that does not exist. */
  readonly lastEventId: string | undefined;
  readonly position: string | undefined;
  /** Data subjects whose keys were live before the events were opened: the only ones whose data the state may hold. */
  readonly subjects: readonly string[];
}

/** The stream's first event id of each request made with an Idempotency-Key. */
function keyedEventIds(events: readonly { readonly id: string; readonly metadata: Record<string, unknown> }[]): string[] {
  const ids: string[] = [];
  let previous: string | undefined;
  for (const event of events) {
    const key = event.metadata.idempotencyKey;
    const request = typeof key === 'string' ? `${(event.metadata.actor as { id?: string } | undefined)?.id}\n${key}` : undefined;
    // A request's events are appended together, so its first is the one whose request differs from the one before.
    if (request !== undefined && request !== previous) ids.push(event.id);
    previous = request;
  }
  return ids;
}

/**
 * read (the latest snapshot and the tail after it, or the whole stream) → decode → fold, for the
 * command path and GET /petitions/{id}. A snapshot is folded on only when it has the state's
 * current shape, its stream holds its last event where it says, none of its subjects has been
 * erased since and no erasure follows it; otherwise the stream is folded from its first event, and
 * a snapshot of the result is written again. Snapshots are written every `snapshotEvery` events,
 * after the answer's work and never failing it. Auditors' replay (CaseHistoryService) and every
 * other reader still fold from the first event (CaseLoader).
 */
@Injectable()
export class CurrentCaseLoader implements BeforeApplicationShutdown {
  private readonly logger = new Logger('CaseSnapshots');
  private readonly writing = new Set<Promise<unknown>>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly codec: PetitionEventCodec,
    private readonly vault: PersonalDataVault,
    @Inject(CASE_SNAPSHOTS) private readonly snapshots: CaseSnapshots,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get every(): number {
    return this.config.snapshotEvery;
  }

  /** `withSteps`: GET /petitions/{id} lists every step; a command needs only the state. */
  async load(petitionId: string, { withSteps = false }: { withSteps?: boolean } = {}): Promise<CurrentCase> {
    const streamId = petitionStreamId(petitionId);
    const snapshot = this.every > 0 ? await this.latestSnapshot(petitionId, withSteps) : undefined;
    if (snapshot && snapshot.shape === PETITION_STATE_SHAPE) {
      // One event before the tail: the snapshot's last, which must be where the snapshot says.
      const read = await this.store.readStream(streamId, { from: BigInt(snapshot.version - 1) });
      const tail = read.slice(1);
      const matches = read[0]?.id === snapshot.lastEventId && Number(read[0].version) === snapshot.version - 1 && !tail.some((event) => event.type === 'PersonalDataErased');
      if (matches) {
        const subjects = await this.liveSubjects([...snapshot.subjects, ...this.codec.subjectsOf(tail)]);
        if (snapshot.subjects.every((subject) => subjects.includes(subject))) {
          const state = (await this.codec.decode(tail)).reduce(evolve, snapshot.state);
          const last = tail.at(-1);
          const loaded: CurrentCase = {
            petitionId, version: snapshot.version + tail.length, state, tail, snapshot, subjects,
            lastEventId: last?.id ?? snapshot.lastEventId,
            position: last ? formatLogPosition(last.position) : snapshot.position,
          };
          if (tail.length >= this.every) this.keepSnapshot(loaded);
          return loaded;
        }
      }
    }
    // Not folded on (another shape, its stream moved elsewhere, a subject erased): dropped, then written again below.
    const dropped = snapshot ? this.snapshots.forget(petitionId).then(() => true, (error: unknown) => this.failed(error)) : undefined;
    const recorded = await this.store.readStream(streamId);
    const subjects = await this.liveSubjects(this.codec.subjectsOf(recorded));
    const state = (await this.codec.decode(recorded)).reduce(evolve, { status: 'none' } as PetitionState);
    const last = recorded.at(-1);
    const loaded: CurrentCase = {
      petitionId, version: recorded.length, state, tail: recorded, snapshot: undefined, subjects,
      lastEventId: last?.id, position: last ? formatLogPosition(last.position) : undefined,
    };
    // A case with no snapshot yet, or one not folded on: written again, after the old one is dropped.
    if (dropped) this.background(dropped.then((gone) => (gone && recorded.length >= this.every ? this.writeSnapshot(loaded) : undefined)));
    else if (this.every > 0 && recorded.length >= this.every) this.keepSnapshot(loaded);
    return loaded;
  }

  /** Whether a request with this first event id may already be stored in the case (then read it whole). */
  mayHold(loaded: CurrentCase, eventId: string): boolean {
    return loaded.tail.some((event) => event.id === eventId) || (loaded.snapshot?.keyedEventIds.includes(eventId) ?? false);
  }

  /** The case's steps as GET /petitions/{id} lists them, each with its business date from the timeline. */
  steps(loaded: CurrentCase): StepRecord[] {
    if (loaded.snapshot && !loaded.snapshot.steps) throw new Error('The case was loaded without its steps');
    const earlier = loaded.snapshot?.steps ?? [];
    if (loaded.state.status === 'none') return [...earlier];
    const timelineIndex = earlier.filter((step) => !RECORD_EVENT_TYPES.has(step.type)).length;
    return [...earlier, ...stepsOf(loaded.state, loaded.tail, timelineIndex)];
  }

  /**
   * After a command appended `appended` (stored as `stored`) to `loaded`, leaving `state`: a snapshot
   * when `snapshotEvery` events have gone by since the last one. In the background: the command's
   * answer does not wait for it, and a failure is logged, never thrown.
   */
  appended(loaded: CurrentCase, appended: readonly NewEvent[], stored: { version: number; position: string }, state: PetitionState): void {
    const since = stored.version - (loaded.snapshot?.version ?? 0);
    if (this.every <= 0 || since < this.every || appended.length === 0) return;
    const first = Number(stored.version) - appended.length;
    const recorded: RecordedEvent[] = appended.map((event, index) => ({
      ...event,
      streamId: petitionStreamId(loaded.petitionId),
      version: BigInt(first + index),
      position: { commit: 0n, prepare: 0n },
      metadata: event.metadata ?? {},
    }) as unknown as RecordedEvent);
    this.keepSnapshot({
      ...loaded,
      version: stored.version,
      state,
      tail: [...loaded.tail, ...recorded],
      subjects: [...new Set([...loaded.subjects, ...this.codec.subjectsOf(recorded)])],
      lastEventId: appended.at(-1)!.id,
      position: stored.position,
    });
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.settled();
  }

  /** Settles once every snapshot write under way has finished (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.writing.size > 0) await Promise.allSettled([...this.writing]);
  }

  private keepSnapshot(loaded: CurrentCase): void {
    this.background(this.writeSnapshot(loaded));
  }

  private async writeSnapshot(loaded: CurrentCase): Promise<void> {
    if (loaded.state.status === 'none' || loaded.lastEventId === undefined || loaded.position === undefined) return;
    let base = loaded.snapshot;
    if (base && !base.steps) {
      // Loaded for a command, without the steps: read them now, off the command's path.
      const again = await this.snapshots.latest(loaded.petitionId, true);
      if (!again || again.version !== base.version || again.lastEventId !== base.lastEventId || again.shape !== base.shape) return;
      base = again;
    }
    const snapshot: CaseSnapshot = {
      version: loaded.version,
      shape: PETITION_STATE_SHAPE,
      lastEventId: loaded.lastEventId,
      position: loaded.position,
      state: loaded.state,
      steps: this.steps({ ...loaded, snapshot: base }),
      subjects: loaded.subjects,
      keyedEventIds: [...(base?.keyedEventIds ?? []), ...keyedEventIds(loaded.tail)],
    };
    await this.snapshots.save(loaded.petitionId, snapshot);
  }

  private background(work: Promise<unknown>): void {
    const tracked = work.catch((error: unknown) => this.failed(error));
    this.writing.add(tracked);
    void tracked.finally(() => this.writing.delete(tracked));
  }

  private failed(error: unknown): false {
    this.logger.warn(`A case snapshot was not written or dropped: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }

  /** A snapshot that cannot be read is no snapshot: the case is folded from its first event. */
  private async latestSnapshot(petitionId: string, withSteps: boolean): Promise<CaseSnapshot | undefined> {
    try {
      return await this.snapshots.latest(petitionId, withSteps);
    } catch (error) {
      this.logger.warn(`Case snapshot unreadable, folding the whole stream: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  /** Asked before the events are opened: a subject whose key is gone now had it gone when they were opened. */
  private async liveSubjects(subjects: readonly string[]): Promise<string[]> {
    const unique = [...new Set(subjects)];
    if (unique.length === 0) return [];
    const keys = await this.vault.keysOf(unique);
    return unique.filter((subject) => keys.get(subject));
  }
}

import type { EventStore } from '@xinfang/event-store';
import type pg from 'pg';
import { projectBatch } from './project-batch.js';
import { type Projection, READ_MODEL_SCHEMA } from './projection.js';

export interface RunnerOptions {
  readonly batchSize?: number;
  /** How long to wait for new events when caught up (a local write wakes it sooner). */
  readonly idleMillis?: number;
  /**
   * The least time from one batch's start to the next one's, unless a reader is waiting: under a
   * stream of writes each batch then carries the events of this long, instead of one batch, with its
   * transaction, lock and checkpoint, for every few events. The first write after a quiet spell is
   * still applied at once.
   */
  readonly batchIntervalMillis?: number;
  readonly onError?: (projection: string, error: unknown) => void;
  /** After each batch that moved the checkpoint: how many events it read and how long it took. */
  readonly onBatch?: (projection: string, batch: BatchMeasure) => void;
}

export interface BatchMeasure {
  /** Events of the log the batch read (the projection's own, or all). */
  readonly events: number;
  readonly seconds: number;
}

const RETRY_STEP_MILLIS = 250;

/** Keeps one projection's live tables up to date until stopped. */
export class ProjectionRunner {
  private running: Promise<void> | undefined;
  private stopping = false;
  /** Woken since the current batch began: there may be events it did not read. */
  private woken = false;
  /** A reader waits for this projection: skip the pause between batches. */
  private hurried = false;
  /** Woken by a local write of event types this projection reads: end a pause taken for having found none. */
  private ownWrite = false;
  private recheck: (() => void) | undefined;
  private lastError: string | undefined;

  constructor(
    private readonly pool: pg.Pool,
    private readonly store: EventStore,
    readonly projection: Projection,
    private readonly options: RunnerOptions = {},
  ) {}

  start(): void {
    this.stopping = false;
    this.running ??= this.loop().finally(() => {
      this.running = undefined;
    });
  }

  /** Lets the batch in progress commit, then stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.recheck?.();
    await this.running;
  }

  /**
   * New events may be there; `hurry` when someone is waiting to read them. A write of `eventTypes`
   * none of which this projection reads does not wake it: a batch would only move its checkpoint,
   * which its next poll, or a reader's hurry, does as well.
   */
  wake(hurry = false, eventTypes?: readonly string[]): void {
    const wanted = this.projection.eventTypes;
    if (!hurry && eventTypes && wanted && !eventTypes.some((type) => wanted.includes(type))) return;
    this.woken = true;
    if (eventTypes) this.ownWrite = true;
    if (hurry) this.hurried = true;
    this.recheck?.();
  }

  get error(): string | undefined {
    return this.lastError;
  }

  private async loop(): Promise<void> {
    const batchSize = this.options.batchSize ?? 500;
    const idleMillis = this.options.idleMillis ?? 250;
    const intervalMillis = this.options.batchIntervalMillis ?? 0;
    let failures = 0;
    while (!this.stopping) {
      const started = Date.now();
      this.woken = false;
      this.hurried = false;
      this.ownWrite = false;
      try {
        const result = await projectBatch(this.pool, this.store, this.projection, READ_MODEL_SCHEMA, { batchSize });
        if (result.kind === 'applied') this.options.onBatch?.(this.projection.name, { events: result.read, seconds: (Date.now() - started) / 1000 });
        failures = 0;
        this.lastError = undefined;
        if (result.kind === 'applied' && result.read === batchSize) continue;
        await this.sleep(idleMillis, () => this.woken || this.stopping);
        // Only after a batch that found events: the first write after a quiet spell is applied at once.
        // One that only moved its checkpoint over others' events (a read model of a few event types
        // while registrations pour in) waits `idleMillis` before the next, unless a reader waits:
        // its tables did not change, and a batch a few milliseconds apart would not change them either.
        // A local write of its own event types ends that pause: readers that do not wait still see it soon.
        const foundNothing = result.kind === 'applied' && result.applied === 0;
        const pause = foundNothing ? Math.max(intervalMillis, idleMillis) : intervalMillis;
        if (result.kind === 'applied') await this.sleep(started + pause - Date.now(), () => this.hurried || this.stopping || (foundNothing && this.ownWrite));
      } catch (error) {
        failures++;
        this.lastError = error instanceof Error ? error.message : String(error);
        this.options.onError?.(this.projection.name, error);
        // A wake (a write landed, or a reader waits) cuts the back-off short, but not below its
        // first step: readers waiting out an outage would otherwise turn the retries into a busy loop.
        const backOff = Math.min(30_000, RETRY_STEP_MILLIS * 2 ** Math.min(failures, 7));
        await this.sleep(RETRY_STEP_MILLIS, () => this.stopping);
        await this.sleep(backOff - RETRY_STEP_MILLIS, () => this.woken || this.stopping);
      }
    }
  }

  /** Waits `millis`, or less once `enough()` holds (checked now and at every wake). */
  private sleep(millis: number, enough: () => boolean): Promise<void> {
    if (millis <= 0 || enough()) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.recheck = undefined;
        resolve();
      };
      const timer = setTimeout(done, millis);
      this.recheck = () => {
        if (enough()) done();
      };
    });
  }
}

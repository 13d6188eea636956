import type { EventStore } from '@xinfang/event-store';
import type pg from 'pg';
import { projectBatch } from './project-batch.js';
import { type Projection, READ_MODEL_SCHEMA } from './projection.js';

export interface RunnerOptions {
  readonly batchSize?: number;
  /** How long to wait for new events when caught up (a local write wakes it sooner). */
  readonly idleMillis?: number;
  readonly onError?: (projection: string, error: unknown) => void;
}

/** Keeps one projection's live tables up to date until stopped. */
export class ProjectionRunner {
  private running: Promise<void> | undefined;
  private stopping = false;
  private wakeUp: (() => void) | undefined;
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
    this.wake();
    await this.running;
  }

  wake(): void {
    this.wakeUp?.();
  }

  get error(): string | undefined {
    return this.lastError;
  }

  private async loop(): Promise<void> {
    const batchSize = this.options.batchSize ?? 500;
    let failures = 0;
    while (!this.stopping) {
      try {
        const result = await projectBatch(this.pool, this.store, this.projection, READ_MODEL_SCHEMA, { batchSize });
        failures = 0;
        this.lastError = undefined;
        if (result.kind === 'applied' && result.read === batchSize) continue;
        await this.idle(this.options.idleMillis ?? 250);
      } catch (error) {
        failures++;
        this.lastError = error instanceof Error ? error.message : String(error);
        this.options.onError?.(this.projection.name, error);
        await this.idle(Math.min(30_000, 250 * 2 ** Math.min(failures, 7)));
      }
    }
  }

  private idle(millis: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, millis);
      const wake = () => done();
      this.wakeUp = wake;
      function done() {
        clearTimeout(timer);
        resolve();
      }
    });
  }
}

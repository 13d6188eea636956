import { compareLogPositions, type EventStore, type LogPosition } from '@xinfang/event-store';
import type pg from 'pg';
import { readCheckpoint } from './checkpoints.js';
import { type Projection, READ_MODEL_SCHEMA } from './projection.js';
import { ProjectionRunner, type RunnerOptions } from './projection-runner.js';

export interface ProjectionStatus {
  readonly projection: string;
  readonly position: LogPosition | null;
  readonly eventsApplied: bigint;
  /** Seconds since the oldest event the projection has not applied yet was stored; 0 when caught up. */
  readonly lagSeconds: number;
  readonly error?: string;
}

/** Runs every live projection and answers how far each has come. */
export class Projector {
  private readonly runners: ProjectionRunner[];

  constructor(
    private readonly pool: pg.Pool,
    private readonly store: EventStore,
    readonly projections: readonly Projection[],
    options: RunnerOptions = {},
  ) {
    this.runners = projections.map((projection) => new ProjectionRunner(pool, store, projection, options));
  }

  start(): void {
    for (const runner of this.runners) runner.start();
  }

  async stop(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.stop()));
  }

  /**
   * A local write has landed: look for it now rather than at the next poll (`hurry`: someone waits
   * to read it). Given the types of the events written, a projection of other types sleeps on.
   */
  wake(hurry = false, eventTypes?: readonly string[]): void {
    for (const runner of this.runners) runner.wake(hurry, eventTypes);
  }

  async status(): Promise<ProjectionStatus[]> {
    return Promise.all(
      this.runners.map(async (runner) => {
        const checkpoint = await readCheckpoint(this.pool, runner.projection.name, READ_MODEL_SCHEMA);
        const [next] = await this.store.readAll(checkpoint.position, 1);
        const lagSeconds = next ? Math.max(0, (Date.now() - next.storedAt.getTime()) / 1000) : 0;
        return { projection: runner.projection.name, position: checkpoint.position, eventsApplied: checkpoint.eventsApplied, lagSeconds, ...(runner.error ? { error: runner.error } : {}) };
      }),
    );
  }

  /** Waits until every live projection has applied the event at `position`; false after `timeoutMillis`. */
  async waitFor(position: LogPosition, timeoutMillis: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMillis;
    for (;;) {
      // Again at every look: the batch it started may have read the log before this write settled.
      this.wake(true);
      const positions = await Promise.all(this.projections.map((projection) => readCheckpoint(this.pool, projection.name, READ_MODEL_SCHEMA)));
      if (positions.every((checkpoint) => checkpoint.position !== null && compareLogPositions(checkpoint.position, position) >= 0)) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { type EventStore, parseLogPosition } from '@xinfang/event-store';
import { type BatchMeasure, type Projection, type ProjectionStatus, Projector } from '@xinfang/projection-engine';
import type pg from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { EVENT_STORE } from '../event-store/event-store.token.js';
import { ProblemException, problemType, validationProblem } from '../http/problem.js';
import { EventsAppended } from './events-appended.event.js';
import { DATABASE_POOL } from '../database/database.module.js';
import { PROJECTIONS, REACTORS } from './projections.token.js';

/** Runs the live projections in this instance and lets reads wait for their own writes. */
@Injectable()
@EventsHandler(EventsAppended)
export class ProjectorService implements OnApplicationBootstrap, OnApplicationShutdown, IEventHandler<EventsAppended> {
  private readonly logger = new Logger('Projector');
  private readonly projector: Projector;
  private readonly batchListeners = new Set<(projection: string, batch: BatchMeasure) => void>();

  constructor(
    @Inject(DATABASE_POOL) pool: pg.Pool,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(PROJECTIONS) projections: Projection[],
    @Inject(REACTORS) reactors: Projection[],
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.projector = new Projector(pool, store, [...projections, ...reactors], {
      batchIntervalMillis: config.projector.batchIntervalMillis,
      onError: (projection, error) => this.logger.error(`${projection} failed a batch: ${error instanceof Error ? error.message : String(error)}`),
      onBatch: (projection, batch) => {
        for (const listener of this.batchListeners) listener(projection, batch);
      },
    });
  }

  onApplicationBootstrap(): void {
    if (this.config.projector.enabled) this.projector.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.projector.stop();
  }

  handle(appended: EventsAppended): void {
    this.projector.wake(false, appended.eventTypes);
  }

  /** Hears of every batch this instance's projections apply (the metrics count them). */
  onBatch(listener: (projection: string, batch: BatchMeasure) => void): void {
    this.batchListeners.add(listener);
  }

  status(): Promise<ProjectionStatus[]> {
    return this.projector.status();
  }

  /**
   * Read-your-writes: answers once every read model has applied the write at `minPosition`, or
   * 503 after the configured bound (the write itself is safe; the read models are behind).
   */
  async waitFor(minPosition: string | undefined): Promise<void> {
    if (minPosition === undefined) return;
    const position = parseLogPosition(minPosition);
    if (!position) throw validationProblem([{ field: 'minPosition', code: 'format', message: 'minPosition must be a position a write answered, like "1234-56"' }]);
    if (await this.projector.waitFor(position, this.config.projector.readWaitMillis)) return;
    throw new ProblemException(
      { type: problemType('read-model-behind'), title: 'The read models have not caught up yet', status: 503, detail: `They have not applied position ${minPosition} within ${this.config.projector.readWaitMillis} ms; retry shortly.` },
      { 'Retry-After': '1' },
    );
  }
}

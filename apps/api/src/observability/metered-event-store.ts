import { Inject, Injectable } from '@nestjs/common';
import {
  type AppendResult,
  type EventStore,
  type ExpectedVersion,
  type LogPosition,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  WrongExpectedVersionError,
} from '@xinfang/event-store';
import { Counter, Histogram, type Registry } from 'prom-client';
import { METRICS_REGISTRY } from './metrics-registry.js';

type AppendOutcome = 'appended' | 'wrong_expected_version' | 'failed';

@Injectable()
export class EventStoreMetrics {
  readonly appends: Counter<'outcome'>;
  readonly appendDuration: Histogram<'outcome'>;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    const labelNames = ['outcome'] as const;
    this.appends = new Counter({ name: 'xinfang_event_store_appends_total', help: 'Appends to the event store, by outcome', labelNames, registers: [registry] });
    this.appendDuration = new Histogram({ name: 'xinfang_event_store_append_duration_seconds', help: 'Time an append to the event store takes', labelNames, registers: [registry] });
  }
}

/** Any event store, with its appends counted and timed. */
export class MeteredEventStore implements EventStore {
  constructor(
    private readonly store: EventStore,
    private readonly metrics: EventStoreMetrics,
  ) {}

  async appendToStream(streamId: string, events: readonly NewEvent[], options?: { readonly expectedVersion?: ExpectedVersion }): Promise<AppendResult> {
    const stop = this.metrics.appendDuration.startTimer();
    let outcome: AppendOutcome = 'failed';
    try {
      const result = await this.store.appendToStream(streamId, events, options);
      outcome = 'appended';
      return result;
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) outcome = 'wrong_expected_version';
      throw error;
    } finally {
      stop({ outcome });
      this.metrics.appends.inc({ outcome });
    }
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.store.readStream(streamId, options);
  }

  readAll(from: LogPosition | null, limit: number, options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.store.readAll(from, limit, options);
  }

  headPosition(): Promise<LogPosition | null> {
    return this.store.headPosition();
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

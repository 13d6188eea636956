import { Inject, Injectable } from '@nestjs/common';
import { Gauge, Histogram, type Registry } from 'prom-client';
import { ProjectorService } from '../projections/projector.service.js';
import { METRICS_REGISTRY } from './metrics-registry.js';

/**
 * Each read model's lag and applied-event count, read from the projector at scrape time; and the
 * batches this instance applies, as they happen (their size shows what PROJECTOR_BATCH_INTERVAL_MS does).
 */
@Injectable()
export class ProjectionMetrics {
  constructor(@Inject(METRICS_REGISTRY) registry: Registry, projector: ProjectorService) {
    const batchEvents = new Histogram({
      name: 'xinfang_projection_batch_events',
      help: 'Events of the log one batch of a projection read, in this instance',
      labelNames: ['projection'] as const,
      buckets: [1, 2, 5, 10, 25, 50, 100, 250, 500],
      registers: [registry],
    });
    const batchDuration = new Histogram({
      name: 'xinfang_projection_batch_duration_seconds',
      help: 'Time one batch of a projection took, its transaction included, in this instance',
      labelNames: ['projection'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    });
    projector.onBatch((projection, batch) => {
      batchEvents.observe({ projection }, batch.events);
      batchDuration.observe({ projection }, batch.seconds);
    });
    // Without the database the gauges are left empty rather than failing the whole scrape.
    const statusOf = async () => projector.status().catch(() => []);
    new Gauge({
      name: 'xinfang_projection_lag_seconds',
      help: 'Seconds since the oldest event a projection has not applied yet was stored (0 when caught up)',
      labelNames: ['projection'] as const,
      registers: [registry],
      async collect() {
        this.reset();
        for (const status of await statusOf()) this.set({ projection: status.projection }, status.lagSeconds);
      },
    });
    new Gauge({
      name: 'xinfang_projection_events_applied',
      help: 'Events a projection has applied since it was (re)built',
      labelNames: ['projection'] as const,
      registers: [registry],
      async collect() {
        this.reset();
        for (const status of await statusOf()) this.set({ projection: status.projection }, Number(status.eventsApplied));
      },
    });
  }
}

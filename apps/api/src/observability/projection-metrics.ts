import { Inject, Injectable } from '@nestjs/common';
import { Gauge, type Registry } from 'prom-client';
import { ProjectorService } from '../projections/projector.service.js';
import { METRICS_REGISTRY } from './metrics-registry.js';

/** Each read model's lag and applied-event count, read from the projector at scrape time. */
@Injectable()
export class ProjectionMetrics {
  constructor(@Inject(METRICS_REGISTRY) registry: Registry, projector: ProjectorService) {
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

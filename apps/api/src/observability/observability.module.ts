import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { ClockMetrics } from './clock-metrics.js';
import { HttpMetrics } from './http-metrics.js';
import { nestLoggerParams, ROOT_LOGGER } from './logging.js';
import { EventStoreMetrics } from './metered-event-store.js';
import { createMetricsRegistry, METRICS_REGISTRY } from './metrics-registry.js';
import { MetricsController } from './metrics.controller.js';
import { ProjectionMetrics } from './projection-metrics.js';

/** Structured logs through `root`, and the Prometheus metrics served at /metrics. */
@Module({})
export class ObservabilityModule {
  static forRoot(root: Logger): DynamicModule {
    return {
      module: ObservabilityModule,
      global: true,
      imports: [LoggerModule.forRoot(nestLoggerParams(root))],
      controllers: [MetricsController],
      providers: [
        { provide: ROOT_LOGGER, useValue: root },
        { provide: METRICS_REGISTRY, useFactory: createMetricsRegistry },
        HttpMetrics,
        EventStoreMetrics,
        ProjectionMetrics,
        ClockMetrics,
      ],
      exports: [ROOT_LOGGER, HttpMetrics, EventStoreMetrics],
    };
  }
}

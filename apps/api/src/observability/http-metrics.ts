import { Inject, Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Counter, Histogram, type Registry } from 'prom-client';
import { METRICS_REGISTRY } from './metrics-registry.js';
import { routeOf } from './route-of.js';

type HttpLabels = 'method' | 'route' | 'status';

/** Request count and latency by method, route template and status. */
@Injectable()
export class HttpMetrics {
  private readonly requests: Counter<HttpLabels>;
  private readonly duration: Histogram<HttpLabels>;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    const labelNames = ['method', 'route', 'status'] as const;
    this.requests = new Counter({ name: 'xinfang_http_requests_total', help: 'HTTP requests answered', labelNames, registers: [registry] });
    this.duration = new Histogram({ name: 'xinfang_http_request_duration_seconds', help: 'Time to answer an HTTP request', labelNames, registers: [registry] });
  }

  /** Express middleware, mounted ahead of body parsing so that refused bodies are counted too. */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    const stop = this.duration.startTimer();
    res.on('finish', () => {
      const labels = { method: req.method, route: routeOf(req), status: String(res.statusCode) };
      this.requests.inc(labels);
      stop(labels);
    });
    next();
  };
}

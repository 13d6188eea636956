import type { ProjectionStatus } from '@xinfang/projection-engine';
import { Registry } from 'prom-client';
import type { ProjectorService } from '../projections/projector.service.js';
import { ProjectionMetrics } from './projection-metrics.js';

describe('ProjectionMetrics', () => {
  const projectorAnswering = (status: () => Promise<ProjectionStatus[]>) => ({ status }) as unknown as ProjectorService;

  it('reads every projection’s lag and applied events at scrape time', async () => {
    const registry = new Registry();
    let statuses: ProjectionStatus[] = [{ projection: 'backlog', position: null, eventsApplied: 12n, lagSeconds: 3.5 }];
    new ProjectionMetrics(registry, projectorAnswering(async () => statuses));
    expect(await registry.metrics()).toContain('xinfang_projection_lag_seconds{projection="backlog"} 3.5');
    expect(await registry.metrics()).toContain('xinfang_projection_events_applied{projection="backlog"} 12');
    statuses = [{ projection: 'deadlines', position: null, eventsApplied: 0n, lagSeconds: 0 }];
    const text = await registry.metrics();
    expect(text).toContain('xinfang_projection_lag_seconds{projection="deadlines"} 0');
    expect(text).not.toContain('projection="backlog"');
  });

  it('leaves the gauges empty rather than failing the scrape when the read models cannot be reached', async () => {
    const registry = new Registry();
    new ProjectionMetrics(registry, projectorAnswering(() => Promise.reject(new Error('connection refused'))));
    expect(await registry.metrics()).not.toContain('projection=');
  });
});

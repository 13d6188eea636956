import type { ProjectionStatus } from '@xinfang/projection-engine';
import { Registry } from 'prom-client';
import type { ProjectorService } from '../projections/projector.service.js';
import { ProjectionMetrics } from './projection-metrics.js';

describe('ProjectionMetrics', () => {
  const projectorAnswering = (status: () => Promise<ProjectionStatus[]>, onBatch: ProjectorService['onBatch'] = () => undefined) => ({ status, onBatch }) as unknown as ProjectorService;

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

  it('counts and sizes the batches as the projector reports them', async () => {
    const registry = new Registry();
    let report: Parameters<ProjectorService['onBatch']>[0] = () => undefined;
    new ProjectionMetrics(registry, projectorAnswering(async () => [], (listener) => (report = listener)));
    report('cases', { events: 40, seconds: 0.03 });
    report('cases', { events: 3, seconds: 0.004 });
    const text = await registry.metrics();
    expect(text).toContain('xinfang_projection_batch_events_count{projection="cases"} 2');
    expect(text).toContain('xinfang_projection_batch_events_sum{projection="cases"} 43');
    expect(text).toContain('xinfang_projection_batch_events_bucket{le="5",projection="cases"} 1');
    expect(text).toContain('xinfang_projection_batch_duration_seconds_bucket{le="0.005",projection="cases"} 1');
  });

  it('leaves the gauges empty rather than failing the scrape when the read models cannot be reached', async () => {
    const registry = new Registry();
    new ProjectionMetrics(registry, projectorAnswering(() => Promise.reject(new Error('connection refused'))));
    expect(await registry.metrics()).not.toContain('projection=');
  });
});

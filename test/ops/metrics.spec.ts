import { type EventStore, formatLogPosition } from '@xinfang/event-store';
import { shanghaiDate } from '@xinfang/petition';
import { EVENT_STORE } from '../../apps/api/src/event-store/event-store.token.js';
import { ProjectorService } from '../../apps/api/src/projections/projector.service.js';
import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

describe('GET /metrics', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.token('admin');
  });
  afterAll(async () => t.close());

  const scrape = async (app: TestApp = t) => (await app.http.get('/metrics').set('Authorization', `Bearer ${admin}`)).text;
  const sample = (text: string, series: string) => {
    const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  };

  it('is for administrators only', async () => {
    expect((await t.http.get('/metrics')).status).toBe(401);
    for (const role of ['clerk', 'auditor', 'panel'] as const) {
      expect((await t.http.get('/metrics').set('Authorization', `Bearer ${await t.token(role)}`)).status).toBe(403);
    }
    const response = await t.http.get('/metrics').set('Authorization', `Bearer ${admin}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
  });

  it('counts requests by method, route template and status, with their latency', async () => {
    const clerk = await t.token('clerk');
    const { body } = await t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).send(validPetition());
    await t.http.get(`/petitions/${body.id}`).set('Authorization', `Bearer ${clerk}`);
    await t.http.get(`/petitions/${body.id}`).set('Authorization', `Bearer ${clerk}`);
    await t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).send({});
    const text = await scrape();
    expect(sample(text, 'xinfang_http_requests_total{method="POST",route="/petitions",status="201"}')).toBe(1);
    expect(sample(text, 'xinfang_http_requests_total{method="POST",route="/petitions",status="400"}')).toBe(1);
    expect(sample(text, 'xinfang_http_requests_total{method="GET",route="/petitions/:id",status="200"}')).toBe(2);
    expect(sample(text, 'xinfang_http_request_duration_seconds_count{method="GET",route="/petitions/:id",status="200"}')).toBe(2);
    expect(text).toContain('xinfang_http_request_duration_seconds_bucket{le="0.1",method="POST",route="/petitions",status="201"}');
    expect(text).not.toContain(body.id);
  });

  it('counts and times event-store appends', async () => {
    const before = sample(await scrape(), 'xinfang_event_store_appends_total{outcome="appended"}') ?? 0;
    await t.http.post('/petitions').set('Authorization', `Bearer ${await t.token('clerk')}`).send(validPetition());
    const text = await scrape();
    expect(sample(text, 'xinfang_event_store_appends_total{outcome="appended"}')).toBe(before + 1);
    expect(sample(text, 'xinfang_event_store_append_duration_seconds_count{outcome="appended"}')).toBe(before + 1);
  });

  it('counts the clocks running today by kind and state', async () => {
    const clerk = await t.token('clerk');
    const acceptance = (text: string, state: string) => sample(text, `xinfang_clocks_running{kind="acceptance",state="${state}"}`) ?? 0;
    const states = ['open', 'due_soon', 'overdue', 'uncovered'];
    // The earlier tests' registrations counted first, so that only these two make the difference.
    const head = await t.app.get<EventStore>(EVENT_STORE).headPosition();
    if (head) await t.app.get(ProjectorService).waitFor(formatLogPosition(head));
    const before = await scrape();
    // Received today: its acceptance clock (15 days) is not overdue. Received on 2 November 2026: it is, from then on.
    await t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).send(validPetition({ receivedAt: shanghaiDate(new Date()) })).expect(201);
    const late = await t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).send(validPetition({ receivedAt: '2026-11-02' })).expect(201);
    await t.app.get(ProjectorService).waitFor(late.body.position);
    const after = await scrape();
    expect(states.reduce((sum, state) => sum + acceptance(after, state) - acceptance(before, state), 0)).toBe(2);
    expect(acceptance(after, 'overdue') - acceptance(before, 'overdue')).toBe(1);
  });

  it('declares the projection gauges (projection-metrics.spec fills them) and reports the process', async () => {
    const text = await scrape();
    expect(text).toContain('# TYPE xinfang_projection_lag_seconds gauge');
    expect(text).toContain('# TYPE xinfang_projection_events_applied gauge');
    expect(text).toContain('# TYPE xinfang_projection_batch_events histogram');
    expect(text).toContain('# TYPE xinfang_projection_batch_duration_seconds histogram');
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds [\d.e-]+$/m);
  });

  it('keeps each application’s metrics to itself', async () => {
    const other = await startTestApp();
    try {
      expect(sample(await scrape(other), 'xinfang_http_requests_total{method="POST",route="/petitions",status="201"}')).toBeUndefined();
    } finally {
      await other.close();
    }
  });
});

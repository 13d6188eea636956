import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

/**
 * A write is held in flight by a lock the test takes on the events table; `app.close()` is called
 * meanwhile. The write must complete and be answered, while new connections are refused.
 */
describe('graceful shutdown', () => {
  let t: TestApp;
  let port: number;
  let lock: pg.PoolClient;

  async function startListening(overrides: Parameters<typeof startTestApp>[0] = {}) {
    t = await startTestApp(overrides);
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  }

  async function holdAppends(): Promise<void> {
    lock = await t.sql.connect();
    await lock.query('BEGIN');
    await lock.query('LOCK TABLE event_store.events IN EXCLUSIVE MODE');
  }

  async function releaseAppends(): Promise<void> {
    await lock.query('COMMIT');
    lock.release();
  }

  async function appendIsWaiting(): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const { rows } = await t.sql.query<{ waiting: number }>(
        "SELECT count(*)::int AS waiting FROM pg_locks WHERE NOT granted AND relation = 'event_store.events'::regclass",
      );
      if (rows[0]!.waiting > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the write never reached the event store');
  }

  const connect = () =>
    new Promise<string>((resolve) => {
      http.get({ host: '127.0.0.1', port, path: '/health/live', agent: false }, (response) => resolve(`answered ${response.statusCode}`)).on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    });

  afterEach(async () => {
    await t.sql.end();
    await t.database.drop();
  });

  it('finishes the request in flight, refuses new connections, and closes without waiting for keep-alive', async () => {
    await startListening();
    const token = await t.token('clerk');
    const before = await t.eventCount();
    await holdAppends();
    const inFlight = fetch(`http://127.0.0.1:${port}/petitions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(validPetition()),
    });
    await appendIsWaiting();

    const closing = t.app.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await connect()).toBe('ECONNREFUSED');

    await releaseAppends();
    const released = Date.now();
    const response = await inFlight;
    expect(response.status).toBe(201);
    expect(response.headers.get('connection')).toBe('close');
    await closing;
    expect(Date.now() - released).toBeLessThan(3_000);
    expect(await t.eventCount()).toBe(before + 1);
  });

  it('cuts a request still running after SHUTDOWN_TIMEOUT_MS', async () => {
    await startListening({ shutdownTimeoutMillis: 300 });
    const token = await t.token('clerk');
    await holdAppends();
    const inFlight = fetch(`http://127.0.0.1:${port}/petitions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(validPetition()),
    }).then(
      (response) => `answered ${response.status}`,
      () => 'cut',
    );
    await appendIsWaiting();

    const started = Date.now();
    const closing = t.app.close();
    expect(await inFlight).toBe('cut');
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    await releaseAppends();
    await closing;
  });
});

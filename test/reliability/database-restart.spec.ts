import type { INestApplication } from '@nestjs/common';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import request from 'supertest';
import { createApp } from '../../apps/api/src/app.factory.js';
import { signToken } from '../../apps/api/src/auth/sign-token.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres.js';
import { migrateDatabase } from '../../apps/api/src/database/migrate-database.js';
import { TEST_JWT_SECRET, testConfig, validPetition } from '../support/test-app.js';
import { eventually } from './support/processes.js';

/** No request may hang while the database is away: the pools give up connecting after 10 s. */
const REQUEST_BOUND_MS = 15_000;

/**
 * The API on a PostgreSQL server of its own, which is stopped under it and started again on the
 * same data folder and port: meanwhile every request fails promptly with 503 problem+json and
 * Retry-After, nothing half-written; afterwards requests succeed again and every write that was
 * acknowledged is still there.
 */
describe('PostgreSQL restarted under a running API', () => {
  let runDir: string;
  let port: number;
  let server: EmbeddedDatabase | undefined;
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let clerk: string;
  const acknowledged: { id: string; receiptNumber: string; version: number; position: string }[] = [];

  const start = () => startEmbeddedPostgres({ dataDir: join(runDir, 'pg'), port, database: 'xinfang_restart', persistent: true });

  beforeAll(async () => {
    runDir = await mkdtemp(join(tmpdir(), 'xinfang-restart-'));
    await chmod(runDir, 0o755);
    port = await freePort();
    server = await start();
    await migrateDatabase(server.url);
    app = await createApp({ config: testConfig(server.url), databaseUrl: server.url }, { logger: false });
    await app.init();
    http = request(app.getHttpServer());
    clerk = await signToken(TEST_JWT_SECRET, { sub: 'clerk-restart', name: '周科员', roles: ['clerk'] });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await server?.stop();
    await rm(runDir, { recursive: true, force: true });
  });

  let phone = 0;
  const register = () =>
    http
      .post('/petitions')
      .timeout(REQUEST_BOUND_MS)
      .set('Authorization', `Bearer ${clerk}`)
      .send(validPetition({ receivedAt: '2026-03-02', petitioners: [{ name: '孙某', phone: `1360000${String(++phone).padStart(4, '0')}` }] }));
  const get = (path: string, query: Record<string, string> = {}) => http.get(path).query(query).timeout(REQUEST_BOUND_MS).set('Authorization', `Bearer ${clerk}`);

  const acknowledge = (body: { id: string; receiptNumber: string; version: number; position: string }) =>
    acknowledged.push({ id: body.id, receiptNumber: body.receiptNumber, version: body.version, position: body.position });

  async function writeSome(count: number): Promise<void> {
    for (let index = 0; index < count; index++) {
      const response = await register();
      expect(response.status).toBe(201);
      acknowledge(response.body);
    }
    const last = acknowledged.at(-1)!;
    const accepted = await http.post(`/petitions/${last.id}/acceptance`).timeout(REQUEST_BOUND_MS).set('Authorization', `Bearer ${clerk}`).send({ decision: 'accepted', handlingUnit: '县住建局', decidedAt: '2026-03-03' });
    expect(accepted.status).toBe(200);
    acknowledged[acknowledged.length - 1] = { ...last, version: accepted.body.version, position: accepted.body.position };
  }

  async function expectEveryAcknowledgedWrite(): Promise<void> {
    for (const write of acknowledged) {
      const response = await get(`/petitions/${write.id}`);
      expect({ id: write.id, status: response.status, version: response.body.version, receiptNumber: response.body.petition?.receiptNumber }).toEqual({ id: write.id, status: 200, version: write.version, receiptNumber: write.receiptNumber });
    }
    const direct = new pg.Client({ connectionString: server!.url });
    await direct.connect();
    try {
      const { rows } = await direct.query<{ n: string }>(`SELECT count(*)::text AS n FROM event_store.events`);
      expect(Number(rows[0]!.n)).toBe(acknowledged.reduce((sum, write) => sum + write.version, 0));
    } finally {
      await direct.end();
    }
  }

  it('answers 503 problem+json with Retry-After while the server is down, then serves every acknowledged write after it restarts', async () => {
    await writeSome(5);
    const readable = acknowledged.at(-1)!;
    expect((await get('/backlog', { minPosition: readable.position })).status).toBe(200);

    await server!.stop();
    server = undefined;

    const whileDown = {
      'POST /petitions': () => register(),
      'POST /petitions/{id}/acceptance': () =>
        http.post(`/petitions/${acknowledged[0]!.id}/acceptance`).timeout(REQUEST_BOUND_MS).set('Authorization', `Bearer ${clerk}`).send({ decision: 'accepted', handlingUnit: '县住建局' }),
      'POST /petitions/{id}/acceptance (Idempotency-Key)': () =>
        http.post(`/petitions/${acknowledged[1]!.id}/acceptance`).timeout(REQUEST_BOUND_MS).set('Authorization', `Bearer ${clerk}`).set('Idempotency-Key', 'while-down').send({ decision: 'accepted', handlingUnit: '县住建局' }),
      'GET /petitions/{id}': () => get(`/petitions/${readable.id}`),
      'GET /petitions': () => get('/petitions'),
      'GET /backlog': () => get('/backlog', { asOf: '2026-04-01' }),
      'GET /backlog?minPosition': () => get('/backlog', { minPosition: readable.position }),
      'GET /deadlines': () => get('/deadlines', { state: 'overdue' }),
    };
    const answers: Record<string, unknown> = {};
    for (const [name, send] of Object.entries(whileDown)) {
      const response = await send();
      answers[name] = { status: response.status, type: response.headers['content-type']?.split(';')[0], retryAfter: response.headers['retry-after'] !== undefined };
    }
    const unavailable = { status: 503, type: 'application/problem+json', retryAfter: true };
    expect(answers).toEqual(Object.fromEntries(Object.keys(whileDown).map((name) => [name, unavailable])));
    expect((await http.get('/health/ready').timeout(REQUEST_BOUND_MS)).status).toBe(503);

    server = await start();
    const firstAfterRestart = await register();
    expect({ status: firstAfterRestart.status, body: firstAfterRestart.status === 201 ? undefined : firstAfterRestart.body }).toEqual({ status: 201, body: undefined });
    acknowledge(firstAfterRestart.body);
    await writeSome(3);
    await expectEveryAcknowledgedWrite();
    const last = acknowledged.at(-1)!;
    await eventually('the read models to catch up after the restart', async () => (await get('/backlog', { minPosition: last.position })).status === 200, 40_000, 250);
    expect((await http.get('/health/ready')).status).toBe(200);
  }, 120_000);
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

import { type INestApplication, Logger } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';
import { createApp } from '../../apps/api/src/app.factory.js';
import { signToken } from '../../apps/api/src/auth/sign-token.js';
import { migrateDatabase } from '../../apps/api/src/database/migrate-database.js';
import { createRootLogger } from '../../apps/api/src/observability/logging.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { TEST_JWT_SECRET, testConfig, validPetition } from '../support/test-app.js';

/** The service's log, captured through the destination its root logger is given. */
describe('structured logs', () => {
  const lines: string[] = [];
  const capture = { write: (line: string) => void lines.push(line) };
  let database: TestDatabase;
  let app: INestApplication;
  let clerk: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrateDatabase(database.url);
    const config = testConfig(database.url, { logLevel: 'info', bodyLimitBytes: 4 * 1024 });
    app = await createApp({ config, databaseUrl: database.url, log: createRootLogger('info', capture) });
    await app.init();
    clerk = await signToken(TEST_JWT_SECRET, { sub: 'clerk-1', name: '李科员', roles: ['clerk'] });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const records = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  const requestLine = (reqId: string) => records().find((record) => record.reqId === reqId && 'status' in record);

  it('writes one JSON line per request with method, route, status, duration and the caller’s request id', async () => {
    const response = await request(app.getHttpServer()).post('/petitions').set('Authorization', `Bearer ${clerk}`).set('X-Request-Id', 'trace-0001').send(validPetition());
    expect(response.status).toBe(201);
    expect(response.headers['x-request-id']).toBe('trace-0001');
    expect(records().filter((record) => record.reqId === 'trace-0001' && 'status' in record)).toEqual([
      expect.objectContaining({ level: 30, method: 'POST', route: '/petitions', status: 201, durationMs: expect.any(Number), msg: 'POST /petitions 201' }),
    ]);
  });

  it('never logs the body, the query string or the token', async () => {
    const petition = validPetition();
    const { idNumber, phone, address } = (petition.petitioners as Record<string, string>[])[0]!;
    await request(app.getHttpServer()).post('/petitions?note=query-secret').set('Authorization', `Bearer ${clerk}`).set('X-Request-Id', 'trace-0002').send(petition);
    await request(app.getHttpServer()).post('/petitions').set('Authorization', `Bearer ${clerk}`).set('X-Request-Id', 'trace-0003').send({ ...petition, subject: 42 });
    expect(requestLine('trace-0002')).toMatchObject({ route: '/petitions', status: 201 });
    expect(requestLine('trace-0003')).toMatchObject({ route: '/petitions', status: 400 });
    const log = lines.join('');
    for (const secret of [idNumber!, phone!, address!, petition.subject as string, 'query-secret', clerk, '李科员']) expect(log).not.toContain(secret);
  });

  it('logs the route template, not the raw path', async () => {
    const id = (await request(app.getHttpServer()).post('/petitions').set('Authorization', `Bearer ${clerk}`).send(validPetition())).body.id as string;
    await request(app.getHttpServer()).get(`/petitions/${id}`).set('Authorization', `Bearer ${clerk}`).set('X-Request-Id', 'trace-0004');
    expect(requestLine('trace-0004')).toMatchObject({ method: 'GET', route: '/petitions/:id', status: 200 });
    expect(lines.join('')).not.toContain(`/petitions/${id}`);
  });

  it('makes up a request id when the caller’s is missing or not sane', async () => {
    const response = await request(app.getHttpServer()).get('/health/live').set('X-Request-Id', 'no spaces "or quotes"');
    const generated = response.headers['x-request-id'] as string;
    expect(generated).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(requestLine(generated)).toMatchObject({ route: '/health/live', status: 200 });
  });

  it('logs a request whose body is refused before it reaches a route', async () => {
    const response = await request(app.getHttpServer()).post('/petitions').set('Authorization', `Bearer ${clerk}`).set('X-Request-Id', 'trace-0005').send({ content: '住址'.repeat(4 * 1024) });
    expect(response.status).toBe(413);
    expect(requestLine('trace-0005')).toMatchObject({ method: 'POST', status: 413 });
    expect(lines.join('')).not.toContain('住址');
  });

  it('tags what is logged while handling a request with its request id', async () => {
    const sql = new pg.Pool({ connectionString: database.url, max: 1 });
    await sql.query('ALTER TABLE event_store.events RENAME TO events_hidden');
    try {
      const response = await request(app.getHttpServer()).get('/petitions/6d1f9a40-9a8e-4f39-8f0e-3c2a1b0d9e77').set('Authorization', `Bearer ${clerk}`).set('X-Request-Id', 'trace-0006');
      expect(response.status).toBe(500);
    } finally {
      await sql.query('ALTER TABLE event_store.events_hidden RENAME TO events');
      await sql.end();
    }
    expect(records().filter((record) => record.reqId === 'trace-0006')).toEqual([
      expect.objectContaining({ level: 50, context: 'HTTP', msg: expect.stringContaining('GET /petitions/:id failed') }),
      expect.objectContaining({ level: 50, route: '/petitions/:id', status: 500 }),
    ]);
  });

  it('routes Nest’s logger through the same JSON log, redacting personal fields whatever the caller passes', () => {
    expect(records()).toContainEqual(expect.objectContaining({ context: 'NestApplication', msg: expect.stringContaining('started') }));
    new Logger('Careless').warn({ petitioner: { idNumber: '11010519491231002X', phone: '13800138000', address: '某镇某村' } });
    expect(records().at(-1)).toMatchObject({ level: 40, context: 'Careless', petitioner: { idNumber: '[Redacted]', phone: '[Redacted]', address: '[Redacted]' } });
  });
});

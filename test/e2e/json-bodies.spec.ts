import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';
import { createApp } from '../../apps/api/src/app.factory.js';
import { signToken } from '../../apps/api/src/auth/sign-token.js';
import { migrateDatabase } from '../../apps/api/src/database/migrate-database.js';
import { createRootLogger } from '../../apps/api/src/observability/logging.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { TEST_JWT_SECRET, testConfig, validPetition } from '../support/test-app.js';

/** How the service reads a JSON body: its shape is checked before anything walks it; refusals change nothing and log no error. */
describe('JSON bodies', () => {
  const lines: string[] = [];
  let database: TestDatabase;
  let app: INestApplication;
  let sql: pg.Pool;
  let clerk: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrateDatabase(database.url);
    const config = testConfig(database.url, { logLevel: 'info' });
    app = await createApp({ config, databaseUrl: database.url, log: createRootLogger('info', { write: (line: string) => void lines.push(line) }) });
    await app.init();
    sql = new pg.Pool({ connectionString: database.url, max: 1 });
    clerk = await signToken(TEST_JWT_SECRET, { sub: 'clerk-1', name: '李科员', roles: ['clerk'] });
  });
  afterAll(async () => {
    await app.close();
    await sql.end();
    await database.drop();
  });

  const eventCount = async () => Number((await sql.query<{ n: string }>('SELECT count(*)::text AS n FROM event_store.events')).rows[0]!.n);
  const errorLines = () => lines.map((line) => JSON.parse(line) as { level: number }).filter((record) => record.level >= 50);
  const post = (path: string, text: string, token: string | undefined = clerk) => {
    const call = request(app.getHttpServer()).post(path).set('Content-Type', 'application/json');
    if (token) call.set('Authorization', `Bearer ${token}`);
    return call.send(text);
  };

  async function expectRefused(send: () => PromiseLike<{ status: number; headers: Record<string, string>; body: Record<string, unknown> }>, status = 400) {
    const before = await eventCount();
    const errorsBefore = errorLines().length;
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await eventCount()).toBe(before);
    expect(errorLines().slice(errorsBefore)).toEqual([]);
    return response.body;
  }

  describe('nesting', () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

    it('refuses a body nested thousands deep with 400, before authentication, and logs no error', async () => {
      for (const depth of [8_000, 100_000]) {
        const body = await expectRefused(() => post('/petitions', `{"subject":${nested(depth)}}`, undefined));
        expect(body.detail).toMatch(/nest.*32/);
      }
      await expectRefused(() => post('/petitions/batch', `{"items":[${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}]}`));
    });

    it('reads brackets inside strings as text, and accepts the nesting real requests have', async () => {
      const response = await post('/petitions', JSON.stringify(validPetition({ content: '[[[[{{{{'.repeat(20) + '\\"]]]' })));
      expect(response.status).toBe(201);
      const batch = await post('/petitions/batch', JSON.stringify({ items: [validPetition()] }));
      expect(batch.status).toBe(200);
    });
  });
});

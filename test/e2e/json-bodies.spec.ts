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

  describe('keys', () => {
    const fieldsOf = (body: Record<string, unknown>) => (body.errors as { field: string }[]).map((error) => error.field);
    const petition = JSON.stringify(validPetition()).slice(1, -1);
    const petitionWithout = (field: string) => JSON.stringify(validPetition({ [field]: undefined })).slice(1, -1);
    const petitioner = '"name":"王某某","phone":"13800138000"';

    it('refuses __proto__, constructor and prototype as unknown fields, at the top, nested and in batch items', async () => {
      expect(fieldsOf(await expectRefused(() => post('/petitions', `{${petition},"__proto__":{"admin":true}}`)))).toEqual(['__proto__']);
      expect(fieldsOf(await expectRefused(() => post('/petitions', `{${petition},"constructor":{"prototype":{}}}`)))).toEqual(['constructor', 'constructor.prototype']);
      const nested = JSON.stringify(validPetition()).replace('"name":"王某某"', '"name":"王某某","__proto__":{}');
      expect(fieldsOf(await expectRefused(() => post('/petitions', nested)))).toEqual(['petitioners[0].__proto__']);
      const batch = `{"items":[{${petition}},{${petitionWithout('petitioners')},"petitioners":[{${petitioner}},{${petitioner},"prototype":1}]}]}`;
      const body = await expectRefused(() => post('/petitions/batch', batch));
      expect(body.errors).toEqual([expect.objectContaining({ field: 'items[1].petitioners[1].prototype', message: expect.stringContaining('should not exist') })]);
    });

    it('refuses a key given twice in one object, however it is spelt', async () => {
      expect(fieldsOf(await expectRefused(() => post('/petitions', `{${petition},"subject":"另一件事"}`)))).toEqual(['subject']);
      expect(fieldsOf(await expectRefused(() => post('/petitions', `{${petition},"\u0073ubject":"另一件事"}`)))).toEqual(['subject']);
      const twice = `{"items":[{${petitionWithout('petitioners')},"petitioners":[{${petitioner},"phone":"13900139000"}]}]}`;
      expect(fieldsOf(await expectRefused(() => post('/petitions/batch', twice)))).toEqual(['items[0].petitioners[0].phone']);
    });

    it('accepts the same key in different objects, and key-like text inside strings', async () => {
      const two = `{"items":[{${petition}},{${petitionWithout('content')},"content":"\\"subject\\":1, {\\"__proto__\\": []}"}]}`;
      const response = await post('/petitions/batch', two);
      expect(response.status).toBe(200);
      expect(response.body.results.map((result: { status: number }) => result.status)).toEqual([201, 201]);
    });
  });

  describe('media types', () => {
    const send = (contentType: string, text: string) =>
      request(app.getHttpServer()).post('/petitions').set('Authorization', `Bearer ${clerk}`).set('Content-Type', contentType).send(text);

    it('answers 415 to a text/plain, form or multipart body instead of listing every field', async () => {
      const json = JSON.stringify(validPetition());
      for (const [contentType, text] of [['text/plain', json], ['application/x-www-form-urlencoded', 'channel=visit&subject=x'], ['multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="subject"\r\n\r\nx\r\n--b--\r\n']]) {
        const body = await expectRefused(() => send(contentType!, text!), 415);
        expect(body.errors).toBeUndefined();
        expect(body.detail).toMatch(/application\/json/);
      }
    });

    it('answers 415 to a JSON body in a charset it cannot read', async () => {
      await expectRefused(() => send('application/json; charset=klingon', JSON.stringify(validPetition())), 415);
    });

    it('reads JSON under any JSON media type, and a request without a body as an empty one', async () => {
      expect((await send('application/json; charset=utf-8', JSON.stringify(validPetition()))).status).toBe(201);
      expect((await send('application/vnd.xinfang+json', JSON.stringify(validPetition()))).status).toBe(201);
      const empty = await request(app.getHttpServer()).post('/petitions').set('Authorization', `Bearer ${clerk}`);
      expect(empty.status).toBe(400);
      expect(empty.body.errors.length).toBeGreaterThan(0);
    });
  });
});

import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('test database', () => {
  let db: TestDatabase;
  beforeAll(async () => { db = await createTestDatabase(); });
  afterAll(async () => { await db.drop(); });

  it('is a real PostgreSQL server', async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query<{ version: string }>('SELECT version()');
    await client.end();
    expect(rows[0]?.version).toMatch(/^PostgreSQL \d+/);
  });
});

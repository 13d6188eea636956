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

describe('dropping a test database', () => {
  it('waits for a session that is closing by itself instead of terminating it', async () => {
    const db = await createTestDatabase();
    const session = new pg.Client({ connectionString: db.url });
    const errors: string[] = [];
    session.on('error', (error) => errors.push(error.message));
    await session.connect();
    const order: string[] = [];
    const dropped = db.drop().then(() => order.push('dropped'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await session.end();
    order.push('session ended');
    await dropped;
    expect({ order, errors }).toEqual({ order: ['session ended', 'dropped'], errors: [] });
  });
});

import { randomUUID } from 'node:crypto';
import { migrateDatabase } from '../../apps/api/src/database/migrate-database.js';
import { Database } from '../../apps/api/src/database/database.js';
import { openPool } from '../../apps/api/src/database/open-pool.js';
import { PostgresSubjectKeyStore } from '../../apps/api/src/personal-data/postgres-subject-key-store.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('personal-data keys in PostgreSQL', () => {
  let db: TestDatabase;
  let database: Database;
  const masterKey = Buffer.alloc(32, 9);

  beforeAll(async () => {
    db = await createTestDatabase();
    await migrateDatabase(db.url);
    database = new Database(openPool(db.url, 4));
  });
  afterAll(async () => {
    await database.pool.end();
    await db.drop();
  });

  it('stores keys asked for at the same time together, each stored before it is handed out', async () => {
    const inserts: number[] = [];
    const counting = new Proxy(database, {
      get: (target, property) =>
        property === 'execute'
          ? async (sql: string, parameters?: unknown[]) => {
              if (sql.startsWith('INSERT INTO personal_data_keys')) inserts.push((parameters![0] as unknown[]).length);
              return target.execute(sql, parameters);
            }
          : Reflect.get(target, property),
    });
    const store = new PostgresSubjectKeyStore(counting, masterKey);
    const subjects = Array.from({ length: 40 }, () => randomUUID());
    const keys = await Promise.all(subjects.map((subject) => store.create(subject)));
    // The first goes alone; the others, asked for while it was being stored, follow in one INSERT.
    expect(inserts.reduce((sum, count) => sum + count, 0)).toBe(40);
    expect(inserts.length).toBeLessThanOrEqual(3);
    // A store that caches nothing finds every key in the table, unwrapped to the key handed out.
    const found = await new PostgresSubjectKeyStore(database, masterKey).find(subjects);
    expect(subjects.map((subject) => found.get(subject)?.equals(keys[subjects.indexOf(subject)]!))).toEqual(subjects.map(() => true));
  });

  it('fails every key of a batch that could not be stored, and stores nothing of it', async () => {
    const store = new PostgresSubjectKeyStore(database, masterKey);
    const taken = randomUUID();
    await store.create(taken);
    const fresh = randomUUID();
    const results = await Promise.allSettled([store.create(randomUUID()), store.create(fresh), store.create(taken)]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect(await database.query('SELECT count(*)::int AS n FROM personal_data_keys WHERE subject = $1', [fresh])).toEqual([{ n: 0 }]);
  });

  it('keeps a bounded number of keys in memory, reading the oldest again from the table', async () => {
    const looked: string[][] = [];
    const counting = new Proxy(database, {
      get: (target, property) =>
        property === 'query'
          ? async (sql: string, parameters?: unknown[]) => {
              if (sql.startsWith('SELECT subject')) looked.push(parameters![0] as string[]);
              return target.query(sql, parameters);
            }
          : Reflect.get(target, property),
    });
    const store = new PostgresSubjectKeyStore(counting, masterKey, 3);
    const subjects = Array.from({ length: 5 }, () => randomUUID());
    const keys: Buffer[] = [];
    for (const subject of subjects) keys.push(await store.create(subject));
    const found = await store.find(subjects);
    expect(looked).toEqual([subjects.slice(0, 2)]);
    expect(subjects.map((subject, index) => found.get(subject)?.equals(keys[index]!))).toEqual(subjects.map(() => true));
  });
});

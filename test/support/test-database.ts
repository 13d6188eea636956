import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database on the test server, so that test files running in parallel never see
 * each other's rows. Dropped by `drop()`.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set: run the tests through `npm test`');
  return createScratchDatabase(serverUrl, `xf_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`);
}

/** An empty database `name` on the server at `serverUrl`, for a test file or a benchmark run. */
export async function createScratchDatabase(serverUrl: string, name: string): Promise<TestDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => withClient(serverUrl, (client) => dropWhenIdle(client, name)) };
}

const SESSIONS_CLOSE_WITHIN_MS = 5_000;

/**
 * `pg.Pool.end()` resolves before its sockets have closed. A forced DROP at that moment terminates
 * those sessions, and the pool — already told to end — emits the error with nobody listening,
 * which fails whatever test the worker runs next. So: wait (bounded) for the database's sessions to
 * go away by themselves, and force only what is still there after that.
 */
async function dropWhenIdle(client: pg.Client, name: string): Promise<void> {
  const deadline = Date.now() + SESSIONS_CLOSE_WITHIN_MS;
  while (Date.now() < deadline) {
    const { rows } = await client.query<{ sessions: number }>('SELECT count(*)::int AS sessions FROM pg_stat_activity WHERE datname = $1', [name]);
    if (rows[0]!.sessions === 0) break;
    await sleep(25);
  }
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

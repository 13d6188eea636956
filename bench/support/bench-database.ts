import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres.ts';
import { freeLoopbackPort } from '../../apps/api/src/database/free-port.js';

export interface BenchDatabase {
  readonly url: string;
  /** Where the server runs, for the report. */
  readonly server: string;
  release(): Promise<void>;
}

/**
 * A fresh database for one benchmark run, on the server named by BENCH_DATABASE_URL or else on an
 * embedded server started here; both are cleaned up by `release()`.
 */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) {
    const database = await createScratchDatabase(given);
    return { url: database.url, server: `BENCH_DATABASE_URL (${new URL(given).host})`, release: database.drop };
  }
  const runDir = await mkdtemp(join(tmpdir(), 'xinfang-bench-'));
  await chmod(runDir, 0o755);
  const embedded = await startEmbeddedPostgres({ dataDir: join(runDir, 'pg'), port: await freeLoopbackPort(), database: 'xinfang_bench', persistent: false });
  const database = await createScratchDatabase(embedded.url);
  return {
    url: database.url,
    server: `embedded PostgreSQL in ${runDir}`,
    release: async () => {
      await database.drop();
      await embedded.stop();
      await rm(runDir, { recursive: true, force: true });
    },
  };
}

async function createScratchDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `xf_bench_${randomBytes(4).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
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

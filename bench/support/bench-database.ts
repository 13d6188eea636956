import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres.ts';
import { freeLoopbackPort } from '../../apps/api/src/database/free-port.js';
import { createScratchDatabase, type TestDatabase } from '../../test/support/test-database.js';
import { postmasterPidOf, serverCpuSeconds } from './process-cpu.ts';

export interface BenchDatabase {
  readonly url: string;
  /** Where the server runs, for the report. */
  readonly server: string;
  /** CPU seconds the server has used so far, when it is the embedded one started here (a server elsewhere is not visible). */
  serverCpuSeconds?(): number;
  release(): Promise<void>;
}

/** One PostgreSQL server for a benchmark run, on which it may create several fresh databases. */
export interface BenchServer {
  /** A connection URL to the server's own database, for looking at the server (pg_stat_activity). */
  readonly url: string;
  readonly server: string;
  serverCpuSeconds?(): number;
  /** A fresh database of its own, dropped by `release()` if not before. */
  createDatabase(): Promise<TestDatabase>;
  release(): Promise<void>;
}

/**
 * The server named by BENCH_DATABASE_URL, or else an embedded server started here; `release()`
 * drops the databases it created and stops the embedded server.
 */
export async function openBenchServer(): Promise<BenchServer> {
  const given = process.env.BENCH_DATABASE_URL;
  const created: TestDatabase[] = [];
  const dropAll = async () => {
    for (const database of created.splice(0)) await database.drop();
  };
  if (given) {
    return {
      url: given,
      server: `BENCH_DATABASE_URL (${new URL(given).host})`,
      createDatabase: () => track(created, createScratchDatabase(given, scratchName())),
      release: dropAll,
    };
  }
  const runDir = await mkdtemp(join(tmpdir(), 'xinfang-bench-'));
  await chmod(runDir, 0o755);
  const embedded = await startEmbeddedPostgres({ dataDir: join(runDir, 'pg'), port: await freeLoopbackPort(), database: 'xinfang_bench', persistent: false });
  const postmaster = postmasterPidOf(join(runDir, 'pg'));
  return {
    url: embedded.url,
    server: `embedded PostgreSQL in ${runDir}`,
    serverCpuSeconds: () => serverCpuSeconds(postmaster),
    createDatabase: () => track(created, createScratchDatabase(embedded.url, scratchName())),
    release: async () => {
      await dropAll();
      await embedded.stop();
      await rm(runDir, { recursive: true, force: true });
    },
  };
}

/** A fresh database for one benchmark run, on a server as `openBenchServer` chooses it; both are cleaned up by `release()`. */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const server = await openBenchServer();
  const database = await server.createDatabase();
  return { url: database.url, server: server.server, ...(server.serverCpuSeconds ? { serverCpuSeconds: server.serverCpuSeconds } : {}), release: server.release };
}

async function track(created: TestDatabase[], creating: Promise<TestDatabase>): Promise<TestDatabase> {
  const database = await creating;
  created.push(database);
  return database;
}

function scratchName(): string {
  return `xf_bench_${randomBytes(4).toString('hex')}`;
}

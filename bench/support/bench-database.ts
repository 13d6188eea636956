import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres.ts';
import { freeLoopbackPort } from '../../apps/api/src/database/free-port.js';
import { createScratchDatabase } from '../../test/support/test-database.js';
import { postmasterPidOf, serverCpuSeconds } from './process-cpu.ts';

export interface BenchDatabase {
  readonly url: string;
  /** Where the server runs, for the report. */
  readonly server: string;
  /** CPU seconds the server has used so far, when it is the embedded one started here (a server elsewhere is not visible). */
  serverCpuSeconds?(): number;
  release(): Promise<void>;
}

/**
 * A fresh database for one benchmark run, on the server named by BENCH_DATABASE_URL or else on an
 * embedded server started here; both are cleaned up by `release()`.
 */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) {
    const database = await createScratchDatabase(given, scratchName());
    return { url: database.url, server: `BENCH_DATABASE_URL (${new URL(given).host})`, release: database.drop };
  }
  const runDir = await mkdtemp(join(tmpdir(), 'xinfang-bench-'));
  await chmod(runDir, 0o755);
  const embedded = await startEmbeddedPostgres({ dataDir: join(runDir, 'pg'), port: await freeLoopbackPort(), database: 'xinfang_bench', persistent: false });
  const database = await createScratchDatabase(embedded.url, scratchName());
  const postmaster = postmasterPidOf(join(runDir, 'pg'));
  return {
    url: database.url,
    server: `embedded PostgreSQL in ${runDir}`,
    serverCpuSeconds: () => serverCpuSeconds(postmaster),
    release: async () => {
      await database.drop();
      await embedded.stop();
      await rm(runDir, { recursive: true, force: true });
    },
  };
}

function scratchName(): string {
  return `xf_bench_${randomBytes(4).toString('hex')}`;
}

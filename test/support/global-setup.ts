import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../apps/api/src/database/embedded-postgres.ts';
import { freeLoopbackPort } from '../../apps/api/src/database/free-port.ts';

declare global {
  var __xinfangEmbeddedPostgres: EmbeddedDatabase | undefined;
}

/**
 * Every test talks to a real PostgreSQL: the one named by TEST_DATABASE_URL, or else an embedded
 * server started here under the system temp folder and removed when the run ends.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) {
    console.log(`\nTests use the PostgreSQL server at ${redact(process.env.TEST_DATABASE_URL)}`);
    return;
  }
  const runDir = await mkdtemp(join(tmpdir(), 'xinfang-test-'));
  await chmod(runDir, 0o755);
  const dataDir = join(runDir, 'pg');
  const server = await startEmbeddedPostgres({ dataDir, port: await freeLoopbackPort(), database: 'xinfang_test', persistent: false });
  globalThis.__xinfangEmbeddedPostgres = server;
  process.env.TEST_DATABASE_URL = server.url;
  console.log(`\nTests use an embedded PostgreSQL in ${dataDir}`);
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

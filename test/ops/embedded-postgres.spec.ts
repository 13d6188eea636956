import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres.js';
import { freeLoopbackPort } from '../../apps/api/src/database/free-port.js';
import { processState, readPostmasterPid } from '../../apps/api/src/database/postmaster-pid.js';
import { resolveDatabase, type ResolvedDatabase } from '../../apps/api/src/database/resolve-database.js';
import { type Child, eventually, spawnTypeScript } from '../reliability/support/processes.js';

/**
 * `npm start`'s embedded PostgreSQL on a data folder an earlier API left behind: a real server,
 * owned by a child process that is killed with SIGKILL, so that the server outlives it.
 */
describe('the embedded PostgreSQL and the process that owns it', () => {
  let runDir: string;
  let dataDir: string;
  let port: number;
  let owner: Child | undefined;
  let orphanPid: number | undefined;
  let restarted: ResolvedDatabase | undefined;

  beforeAll(async () => {
    runDir = await mkdtemp(join(tmpdir(), 'xinfang-owner-'));
    await chmod(runDir, 0o755);
    dataDir = join(runDir, 'postgres');
    port = await freeLoopbackPort();
    owner = spawnTypeScript('test/ops/support/embedded-database-process.ts', { EMBEDDED_PG_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) });
    const url = await eventually('the child’s server to start', async () => /ready (\S+)/.exec(owner!.output())?.[1], 90_000, 100);
    await withClient(url, (client) => client.query(`CREATE TABLE kept AS SELECT 'written before the kill' AS note`));
    orphanPid = (await readPostmasterPid(dataDir))!.pid;
  }, 120_000);

  afterAll(async () => {
    owner?.process.kill('SIGKILL');
    await restarted?.stop();
    const left = orphanPid ?? (await readPostmasterPid(dataDir))?.pid;
    if (left !== undefined && (await processState(left)) === 'running') process.kill(left, 'SIGQUIT');
    await rm(runDir, { recursive: true, force: true });
  });

  it('refuses a second process on a data folder in use, naming the folder and the owner', async () => {
    const second = resolveDatabase({ kind: 'embedded', dataDir, port }, () => undefined);
    await expect(second).rejects.toThrow(dataDir);
    await expect(second).rejects.toThrow(`PID ${owner!.process.pid}`);
    expect(await processState(orphanPid!)).toBe('running');
  });

  it('stops the server a killed owner left running, says so, and starts on the same data', async () => {
    owner!.process.kill('SIGKILL');
    await owner!.exited();
    expect(await processState(orphanPid!)).toBe('running');
    const said: string[] = [];
    restarted = await resolveDatabase({ kind: 'embedded', dataDir, port }, (line) => said.push(line));
    expect(said.join('\n')).toMatch(new RegExp(`left running.*PID ${orphanPid}|PID ${orphanPid}.*left running`));
    expect(said.join('\n')).toContain(`Stopped PostgreSQL PID ${orphanPid}`);
    expect(await processState(orphanPid!)).toBe('gone');
    const { rows } = await withClient(restarted.url, (client) => client.query<{ note: string }>('SELECT note FROM kept'));
    expect(rows).toEqual([{ note: 'written before the kill' }]);
  }, 90_000);

  it('explains a start that fails in PostgreSQL’s own words, not "undefined"', async () => {
    // The same folder, with nobody owning it now, on a port something else holds.
    await restarted!.stop();
    restarted = undefined;
    const busy = await listenOn(await freeLoopbackPort());
    try {
      const busyPort = (busy.address() as { port: number }).port;
      const failed = startEmbeddedPostgres({ dataDir, port: busyPort, database: 'xinfang', persistent: true });
      await expect(failed).rejects.toThrow(new RegExp(`did not start on 127.0.0.1:${busyPort} with its data in ${dataDir}: .*(could not|FATAL)`));
    } finally {
      busy.close();
    }
  }, 60_000);
});

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function listenOn(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

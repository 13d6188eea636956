import pg from 'pg';
import { EmbeddedPostgresError } from './embedded-postgres.js';
import { processState, readPostmasterPid, removeStaleLockFile, stopServer } from './postmaster-pid.js';

/** The session advisory lock a process holds on its embedded server for as long as it uses it (two int4 keys: "xf", 1). */
const OWNER_LOCK = [0x7866, 1] as const;
const OWNER_NAME = /^xinfang owner pid=(\d+)$/;

/**
 * The owning process keeps one connection holding OWNER_LOCK: the lock goes with the connection, so
 * it is released when the owner stops and also when it is killed (the kernel closes its socket).
 */
export async function claimOwnership(adminUrl: string): Promise<{ release(): Promise<void> }> {
  const client = new pg.Client({ connectionString: adminUrl, application_name: `xinfang owner pid=${process.pid}` });
  client.on('error', () => undefined);
  await client.connect();
  const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS locked', [...OWNER_LOCK]);
  if (!rows[0]?.locked) {
    await client.end();
    throw new EmbeddedPostgresError('Another process took the embedded PostgreSQL while this one was starting it');
  }
  return { release: () => client.end() };
}

/**
 * Before starting a server on `dataDir`, looks at the server its lock file names, if it still runs:
 * owned by a live process (another API instance, an admin command), start-up is refused naming the
 * folder and that process; left behind by one that was killed, it is stopped, since only the
 * process that spawned it could stop it later and its log went with that process.
 */
export async function settleServerLeftOn(dataDir: string, adminUrlAt: (port: number) => string, report: (line: string) => void): Promise<void> {
  const lock = await readPostmasterPid(dataDir);
  if (!lock) return;
  const state = await processState(lock.pid);
  if (state === 'gone') {
    report(`${dataDir}/postmaster.pid names PID ${lock.pid}, which is no longer running (a server that did not stop cleanly): PostgreSQL replaces the file and recovers`);
    return;
  }
  if (state === 'another_program') {
    report(`${dataDir}/postmaster.pid names PID ${lock.pid}, which is now another program: removing the stale file`);
    await removeStaleLockFile(dataDir);
    return;
  }
  const owner = await ownerOf(adminUrlAt(lock.port)).catch((error: unknown) => {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL data folder ${dataDir} is in use by a PostgreSQL server (PID ${lock.pid}) that does not answer on 127.0.0.1:${lock.port} (${error instanceof Error ? error.message : String(error)}): stop it (kill ${lock.pid}) or use another EMBEDDED_PG_DATA_DIR`,
    );
  });
  if (owner !== undefined) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL data folder ${dataDir} is in use by another xinfang process (${owner}; its PostgreSQL server is PID ${lock.pid} on port ${lock.port}): stop that process first, or give this one its own EMBEDDED_PG_DATA_DIR and EMBEDDED_PG_PORT`,
    );
  }
  report(`Found the PostgreSQL server (PID ${lock.pid}, port ${lock.port}) that an earlier xinfang left running on ${dataDir} when it was killed; stopping it`);
  await stopServer(dataDir, lock.pid);
  report(`Stopped PostgreSQL PID ${lock.pid}; starting the embedded server again on ${dataDir}`);
}

/** Who holds OWNER_LOCK on the server at `adminUrl` ("PID 1234"), or undefined when nobody does. */
async function ownerOf(adminUrl: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean; holder: string | null }>(
      `SELECT pg_try_advisory_lock($1, $2) AS locked,
              (SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                WHERE l.locktype = 'advisory' AND l.granted AND l.classid = $1 AND l.objid = $2 AND l.objsubid = 2 AND a.pid <> pg_backend_pid()
                LIMIT 1) AS holder`,
      [...OWNER_LOCK],
    );
    const row = rows[0]!;
    if (row.locked) return undefined;
    const pid = OWNER_NAME.exec(row.holder ?? '')?.[1];
    return pid ? `PID ${pid}` : 'PID unknown';
  } finally {
    await client.end();
  }
}

import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EmbeddedPostgresError } from './embedded-postgres.js';

/** What PostgreSQL's lock file in a data folder says: the server's PID and its port. */
export interface PostmasterPid {
  readonly pid: number;
  readonly port: number;
}

export async function readPostmasterPid(dataDir: string): Promise<PostmasterPid | undefined> {
  const text = await readFile(join(dataDir, 'postmaster.pid'), 'utf8').catch(() => undefined);
  const [pid, , , port] = text?.split('\n') ?? [];
  if (!pid || !/^\d+$/.test(pid.trim())) return undefined;
  return { pid: Number(pid), port: Number(port) };
}

export type ProcessState = 'running' | 'gone' | 'another_program';

/**
 * Whether `pid` is still a PostgreSQL server. A zombie (a process nobody has reaped yet) counts as
 * gone, and so, where /proc tells, does a PID the system has since given to another program.
 */
export async function processState(pid: number): Promise<ProcessState> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return 'gone';
  }
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (stat === undefined) return 'running';
  const name = /\((.*)\)/.exec(stat)?.[1];
  if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return 'gone';
  return name === 'postgres' ? 'running' : 'another_program';
}

/**
 * Stops a server nobody else will stop: a fast shutdown (SIGINT, as `pg_ctl stop -m fast`), and if
 * it has not finished within `graceMillis` an immediate one (SIGQUIT; the next start recovers from
 * the WAL). Done when the process is gone or its lock file is, which it removes last.
 */
export async function stopServer(dataDir: string, pid: number, graceMillis = 30_000): Promise<void> {
  for (const [signal, millis] of [['SIGINT', graceMillis], ['SIGQUIT', 10_000]] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    const deadline = Date.now() + millis;
    while (Date.now() < deadline) {
      if ((await processState(pid)) === 'gone' || (await readPostmasterPid(dataDir))?.pid !== pid) return;
      await sleep(100);
    }
  }
  throw new EmbeddedPostgresError(`The PostgreSQL server (PID ${pid}) on ${dataDir} did not stop on SIGINT or SIGQUIT; stop it by hand (kill -9 ${pid}) and start again`);
}

/** A lock file naming a PID the system has given to another program: PostgreSQL would refuse to start over it. */
export async function removeStaleLockFile(dataDir: string): Promise<void> {
  await rm(join(dataDir, 'postmaster.pid'), { force: true });
}

import { readFileSync } from 'node:fs';
import pg from 'pg';
import { processCpuSeconds } from './process-cpu.ts';

const SAMPLE_EVERY_MS = 250;

/**
 * CPU seconds the backends of one database use while a phase runs: pg_stat_activity names the
 * backend pids of the database (connections and autovacuum workers alike), /proc their CPU. Sampled
 * every 250 ms, so a backend that exits loses at most its last quarter second; one that connects
 * during the phase counts from zero. Readable only when the server runs on this machine: otherwise
 * `available` is false and the count stays 0.
 */
export class DatabaseCpu {
  private readonly seen = new Map<number, { first: number; last: number }>();
  private timer?: NodeJS.Timeout;
  private sampling: Promise<void> = Promise.resolve();

  private constructor(
    private readonly server: pg.Client,
    private readonly database: string,
    readonly available: boolean,
  ) {}

  /** Watches `databaseUrl`'s database through a connection of its own to `serverUrl`, the server's own database. */
  static async watch(serverUrl: string, databaseUrl: string): Promise<DatabaseCpu> {
    const server = new pg.Client({ connectionString: serverUrl });
    await server.connect();
    const { rows } = await server.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    return new DatabaseCpu(server, new URL(databaseUrl).pathname.slice(1), isPostgresProcess(rows[0]!.pid));
  }

  /** Begins a phase: the database's backends now are the baseline. */
  async start(): Promise<void> {
    this.seen.clear();
    await this.sample(true);
    this.timer = setInterval(() => (this.sampling = this.sampling.then(() => this.sample(false))), SAMPLE_EVERY_MS);
  }

  /** Ends the phase and returns the CPU seconds its backends used during it. */
  async stop(): Promise<number> {
    clearInterval(this.timer);
    await this.sampling;
    await this.sample(false);
    let seconds = 0;
    for (const { first, last } of this.seen.values()) seconds += last - first;
    return seconds;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.sampling;
    await this.server.end();
  }

  private async sample(baseline: boolean): Promise<void> {
    if (!this.available) return;
    const { rows } = await this.server.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [this.database]);
    for (const { pid } of rows) {
      if (!isPostgresProcess(pid)) continue;
      const now = processCpuSeconds(pid);
      const known = this.seen.get(pid);
      if (known) known.last = Math.max(known.last, now);
      else this.seen.set(pid, { first: baseline ? now : 0, last: now });
    }
  }
}

function isPostgresProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
  } catch {
    return false; // not on this machine, or it has just exited
  }
}

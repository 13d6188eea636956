import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { type ApiProcess, startApiProcess, ensureApiBuilt } from './support/api-process.ts';
import { withClient } from '../test/support/test-database.ts';
import { type BenchDatabase, openBenchDatabase } from './support/bench-database.ts';
import { type Figure, reportFigures } from './support/figures.ts';
import { CONNECTIONS, petitionBody, registrationLoad as load } from './support/registration-load.ts';
import { runSlice, type Tally, type WriterOperation } from './support/throughput.ts';

/*
 * End-to-end registrations: `POST /petitions` driven by autocannon over 16 connections against the
 * built API in a child process (validation, JWT, repeat detection, sealing the petitioner's phone,
 * the append), beside the raw rate of single-row INSERTs into a table shaped like the event log
 * on the same server, from 16 connections too, measured before and after the HTTP run. Every
 * request registers a different petitioner, so intake's repeat detection finds nothing to link.
 */
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 20);
const RAW_INSERTS_PER_WRITER = Number(process.env.BENCH_RAW_INSERTS ?? 400);
const BENCH = 'http-throughput';

const RAW_INSERT = `INSERT INTO bench_raw.events (stream_id, version, event_id, type, data, metadata, hash) VALUES ($1, 0, $2, $3, $4::jsonb, $5::jsonb, $6)`;

function rawWriter(pool: pg.Pool): WriterOperation {
  return async () => {
    const data = JSON.parse(petitionBody()) as Record<string, unknown>;
    const metadata = { actor: { id: 'bench-clerk', name: '李科员', role: 'clerk' }, recordedAt: new Date().toISOString() };
    const values = [`petition-${randomUUID()}`, randomUUID(), 'PetitionRegistered', JSON.stringify(data), JSON.stringify(metadata), randomBytes(32).toString('hex')];
    await pool.query({ name: 'bench_raw_insert', text: RAW_INSERT, values });
  };
}

/**
 * CPU seconds used while a phase runs: by the PostgreSQL server (when it is the embedded one), the
 * API process, and this process (the raw writers' client, or autocannon).
 */
class CpuTally {
  server = 0;
  api = 0;
  bench = 0;
  constructor(
    private readonly database: BenchDatabase,
    private readonly apiProcess?: ApiProcess,
  ) {}

  async during<T>(phase: () => Promise<T>): Promise<T> {
    const server = this.database.serverCpuSeconds?.() ?? 0;
    const apiCpu = this.apiProcess?.cpuSeconds() ?? 0;
    const bench = process.cpuUsage();
    const result = await phase();
    this.server += (this.database.serverCpuSeconds?.() ?? 0) - server;
    this.api += (this.apiProcess?.cpuSeconds() ?? 0) - apiCpu;
    const used = process.cpuUsage(bench);
    this.bench += (used.user + used.system) / 1e6;
    return result;
  }
}

/**
 * Where the CPU goes, per registration and per raw INSERT: both runs keep the same cores busy, so
 * the throughput ratio can be no better than the ratio of the CPU each operation costs in all.
 */
function cpuFigures(http: CpuTally, registrations: number, raw: CpuTally, rows: number): Figure[] {
  const ms = (seconds: number, count: number) => (seconds / count) * 1000;
  const perRow = { server: ms(raw.server, rows), all: ms(raw.server + raw.bench, rows) };
  const figures: Figure[] = [{ bench: BENCH, figure: 'API CPU per registration', value: ms(http.api, registrations), unit: 'ms' }];
  if (raw.server > 0) {
    const server = ms(http.server, registrations);
    figures.push({ bench: BENCH, figure: 'PostgreSQL CPU per registration', value: server, unit: 'ms', baseline: { label: 'per raw INSERT', value: perRow.server, unit: 'ms' }, ratio: perRow.server / server });
  }
  const all = ms(http.api + http.server + http.bench, registrations);
  figures.push({ bench: BENCH, figure: `CPU per registration, all processes${raw.server > 0 ? '' : ' but PostgreSQL'}`, value: all, unit: 'ms', baseline: { label: 'per raw INSERT', value: perRow.all, unit: 'ms' }, ratio: perRow.all / all });
  return figures;
}

async function main(): Promise<void> {
  ensureApiBuilt();
  const database = await openBenchDatabase();
  const api = await startApiProcess(database.url);
  const rawPool = new pg.Pool({ connectionString: database.url, max: CONNECTIONS });
  try {
    await withClient(database.url, (client) => client.query('CREATE SCHEMA bench_raw; CREATE TABLE bench_raw.events (LIKE event_store.events INCLUDING ALL)'));
    const token = await api.token(['clerk']);
    console.log(`API pid ${api.pid} on ${database.server}; ${CONNECTIONS} connections, ${SECONDS} s of POST /petitions\n`);

    const writers = Array.from({ length: CONNECTIONS }, () => rawWriter(rawPool));
    await runSlice(writers, 0, 20, { operations: 0, seconds: 0 });
    await load(api.url, token, 3);
    const idleRss = api.rssBytes();

    const raw: Tally = { operations: 0, seconds: 0 };
    const rawCpu = new CpuTally(database);
    await rawCpu.during(() => runSlice(writers, 0, RAW_INSERTS_PER_WRITER, raw));
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, api.rssBytes())), 200);
    const httpCpu = new CpuTally(database, api);
    const result = await httpCpu.during(() => load(api.url, token, SECONDS)).finally(() => clearInterval(sampler));
    await rawCpu.during(() => runSlice(writers, 0, RAW_INSERTS_PER_WRITER, raw));

    const rawRate = raw.operations / raw.seconds;
    const httpRate = result['2xx'] / result.duration;
    console.log(`${result['2xx']} registrations (201) in ${result.duration.toFixed(1)} s, ${result.non2xx} other answers, ${result.errors} errors; idle RSS ${(idleRss / 2 ** 20).toFixed(0)} MB`);
    const mb = peakRss / 2 ** 20;
    const figures: Figure[] = [
      { bench: BENCH, figure: 'POST /petitions throughput', value: httpRate, unit: 'req/s', baseline: { label: 'raw single-row INSERT', value: rawRate, unit: 'rows/s' }, ratio: httpRate / rawRate, goal: 'ratio ≥ 0.3', met: httpRate / rawRate >= 0.3 },
      { bench: BENCH, figure: 'POST /petitions latency p50', value: result.latency.p50, unit: 'ms' },
      { bench: BENCH, figure: 'POST /petitions latency p99', value: result.latency.p99, unit: 'ms', goal: '< 25 ms', met: result.latency.p99 < 25 },
      { bench: BENCH, figure: 'API peak RSS under load', value: mb, unit: 'MB', goal: '< 250 MB', met: mb < 250 },
    ];
    figures.push(...cpuFigures(httpCpu, result['2xx'], rawCpu, raw.operations));
    if (result.non2xx > 0 || result.errors > 0) figures.push({ bench: BENCH, figure: 'failed requests', value: result.non2xx + result.errors, unit: 'requests', goal: '0', met: false });
    reportFigures(figures);
  } finally {
    await rawPool.end();
    await api.stop();
    await database.release();
  }
}

await main();

import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { createPostgresEventStore } from '@xinfang/event-store-postgres';
import { rebuildProjections } from '@xinfang/projection-engine';
import { openOfflineServices } from '../apps/api/src/cli/offline-services.ts';
import { appendSyntheticCases } from '../apps/api/src/cli/synthetic-cases.ts';
import { migrateDatabase } from '../apps/api/src/database/migrate-database.ts';
import { type ApiProcess, ensureApiBuilt, startApiProcess } from './support/api-process.ts';
import { openBenchDatabase } from './support/bench-database.ts';
import { type Figure, formatNumber, percentile, reportFigures } from './support/figures.ts';

/*
 * The read side at a bureau's scale. BENCH_PETITIONS cases (100,000 by default, about 850,000
 * events) are appended through the PostgreSQL adapter, each history produced by the real decider
 * and sealed by the real codec (apps/api/src/cli/synthetic-cases.ts says what it skips), on
 * connections that commit without waiting for the disk (synchronous_commit=off). Then:
 *  - every projection is rebuilt from the first event, side by side as `npm run rebuild` does,
 *    beside the raw rate of batched INSERTs of event-shaped rows into a plain table on the same server
 *    (taken before and after the rebuild, averaged);
 *  - the built API serves GET /backlog, GET /deadlines?state=overdue and a Prometheus scrape of
 *    GET /metrics on that data, one request at a time (up to BENCH_QUERIES, for at most
 *    BENCH_QUERY_SECONDS each), for their p50 / p99;
 *  - registrations arrive at a steady BENCH_LAG_RATE per second for BENCH_LAG_SECONDS while
 *    /health/ready is sampled for the read models' lag.
 */
const PETITIONS = Number(process.env.BENCH_PETITIONS ?? 100_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 200);
/** Each endpoint's timing stops after this long (at least 20 requests), so slow answers do not stretch the run. */
const QUERY_SECONDS = Number(process.env.BENCH_QUERY_SECONDS ?? 20);
const LAG_RATE = Number(process.env.BENCH_LAG_RATE ?? 100);
const LAG_SECONDS = Number(process.env.BENCH_LAG_SECONDS ?? 20);
const RAW_ROWS = 200_000;
const RAW_BATCH = 2_000;
const BENCH = 'read-models';

async function rawBatchedInsertRate(pool: pg.Pool): Promise<number> {
  await pool.query('CREATE SCHEMA bench_raw; CREATE TABLE bench_raw.events (LIKE event_store.events INCLUDING ALL)');
  const data = JSON.stringify({ decidedAt: '2026-03-05', handlingUnit: '某某镇人民政府', handlerId: 'clerk-synthetic' });
  const metadata = JSON.stringify({ actor: { id: 'clerk-synthetic', name: '李科员', role: 'clerk' }, schemaVersion: 1, recordedAt: '2026-03-05T02:00:00.000Z' });
  const started = performance.now();
  for (let written = 0; written < RAW_ROWS; written += RAW_BATCH) {
    const streams = Array.from({ length: RAW_BATCH }, () => `petition-${randomUUID()}`);
    const ids = Array.from({ length: RAW_BATCH }, () => randomUUID());
    const hashes = Array.from({ length: RAW_BATCH }, () => randomBytes(32).toString('hex'));
    await pool.query(
      `INSERT INTO bench_raw.events (stream_id, version, event_id, type, data, metadata, hash)
       SELECT s, 0, i, 'PetitionAccepted', $4::jsonb, $5::jsonb, h FROM unnest($1::text[], $2::uuid[], $3::text[]) AS x(s, i, h)`,
      [streams, ids, hashes, data, metadata],
    );
  }
  const rate = RAW_ROWS / ((performance.now() - started) / 1000);
  await pool.query('DROP SCHEMA bench_raw CASCADE');
  return rate;
}

async function latencies(api: ApiProcess, path: string, token: string): Promise<{ count: number; p50: number; p99: number }> {
  const get = async () => {
    const started = performance.now();
    const response = await fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    return performance.now() - started;
  };
  for (let warm = 0; warm < 20; warm++) await get();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < QUERIES && (times.length < 20 || performance.now() - started < QUERY_SECONDS * 1000)) times.push(await get());
  times.sort((a, b) => a - b);
  return { count: times.length, p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** Registrations at a steady rate while the read models' lag is sampled from /health/ready. */
async function lagUnderLoad(api: ApiProcess, token: string): Promise<{ sent: number; failed: number; maxLag: number; p50Lag: number; catchUpSeconds: number }> {
  let sent = 0;
  let failed = 0;
  const inFlight = new Set<Promise<void>>();
  const lags: number[] = [];
  /** The largest lag of any projection; undefined when /health/ready could not tell (its check timed out). */
  const lagNow = async (): Promise<number | undefined> => {
    const body = (await (await fetch(`${api.url}/health/ready`)).json()) as { checks: { projections: { readModels?: { lagSeconds: number }[] } } };
    const models = body.checks.projections.readModels;
    return models ? Math.max(0, ...models.map((model) => model.lagSeconds)) : undefined;
  };
  let unknown = 0;
  const sampler = setInterval(() => void lagNow().then((lag) => (lag === undefined ? unknown++ : lags.push(lag)), () => unknown++), 500);
  const started = performance.now();
  for (let index = 0; performance.now() - started < LAG_SECONDS * 1000; index++) {
    const due = started + (index * 1000) / LAG_RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    sent++;
    const request = fetch(`${api.url}/petitions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        channel: 'online',
        petitioners: [{ name: `负载${index}`, phone: `138${String(index).padStart(8, '0')}` }],
        subject: '拖欠工资',
        content: '工程完工后工资一直未结清。',
        demands: '结清工资',
        category: 'labour_social_security',
        responsibleUnit: '县人社局',
        receivedAt: '2026-11-02',
      }),
    }).then(
      async (response) => {
        await response.arrayBuffer();
        if (response.status !== 201) failed++;
      },
      () => void failed++,
    );
    inFlight.add(request);
    void request.finally(() => inFlight.delete(request));
  }
  await Promise.all(inFlight);
  clearInterval(sampler);
  const stopped = performance.now();
  while ((await lagNow()) !== 0 && performance.now() - stopped < 60_000) await new Promise((resolve) => setTimeout(resolve, 100));
  lags.sort((a, b) => a - b);
  if (unknown > 0) console.log(`${unknown} lag sample(s) lost: /health/ready could not read the projections in time`);
  return { sent, failed, maxLag: lags.at(-1) ?? NaN, p50Lag: percentile(lags, 50), catchUpSeconds: (performance.now() - stopped) / 1000 };
}

async function main(): Promise<void> {
  ensureApiBuilt();
  const database = await openBenchDatabase();
  const masterKey = randomBytes(32);
  await migrateDatabase(database.url);
  // Only the data set's own writes skip waiting for the disk at commit: what they store is the same.
  const generationUrl = new URL(database.url);
  generationUrl.searchParams.set('options', '-c synchronous_commit=off');
  const pool = new pg.Pool({ connectionString: database.url, max: 8 });
  const store = await createPostgresEventStore({ connectionString: generationUrl.toString(), migrate: false, poolSize: 16 });
  const services = await openOfflineServices(generationUrl.toString(), masterKey);
  let api: ApiProcess | undefined;
  try {
    console.log(`${PETITIONS.toLocaleString('en')} petitions (BENCH_PETITIONS) on ${database.server}`);
    const generationStarted = performance.now();
    let lastPrint = 0;
    const appended = await appendSyntheticCases(store, services.codec, services.calendar, {
      count: PETITIONS,
      concurrency: 16,
      onProgress: ({ cases, events }) => {
        if (performance.now() - lastPrint < 5_000) return;
        lastPrint = performance.now();
        process.stderr.write(`  appended ${cases.toLocaleString('en')} cases, ${events.toLocaleString('en')} events\n`);
      },
    });
    const generationSeconds = (performance.now() - generationStarted) / 1000;
    console.log(`Appended ${appended.cases.toLocaleString('en')} cases, ${appended.events.toLocaleString('en')} events in ${generationSeconds.toFixed(0)} s`);
    await pool.query('VACUUM ANALYZE');

    // The baseline is taken before and after the rebuild and averaged, so that a slow patch of a
    // shared machine weighs on both sides of the ratio.
    const rawBefore = await rawBatchedInsertRate(pool);
    // As `npm run rebuild` does: every projection from the first event, side by side.
    const rebuildStarted = performance.now();
    const rebuilds = await rebuildProjections(pool, store, services.projections, {
      onProgress: ({ projection, eventsRead, eventsPerSecond }) => {
        if (performance.now() - lastPrint < 5_000) return;
        lastPrint = performance.now();
        process.stderr.write(`  ${projection}: rebuilt ${eventsRead.toLocaleString('en')} events, ${formatNumber(eventsPerSecond)} events/s\n`);
      },
    });
    const rebuildSeconds = (performance.now() - rebuildStarted) / 1000;
    for (const rebuilt of rebuilds) console.log(`Rebuilt ${rebuilt.projection} from ${rebuilt.eventsRead.toLocaleString('en')} events in ${rebuilt.seconds.toFixed(0)} s`);
    // Every projection reads the whole log: all of them together rebuild at log size ÷ wall time.
    const rebuildRate = Math.max(...rebuilds.map((rebuilt) => rebuilt.eventsRead)) / rebuildSeconds;
    const rawAfter = await rawBatchedInsertRate(pool);
    const rawRate = (rawBefore + rawAfter) / 2;
    console.log(`Raw batched INSERT: ${formatNumber(rawBefore)} rows/s before the rebuild, ${formatNumber(rawAfter)} after`);
    // Let the server settle after the bulk load (statistics, visibility, the checkpoint's flush of
    // everything the rebuild dirtied), so the latencies below are a working day's, not the load's.
    await pool.query('VACUUM ANALYZE');
    await pool.query('CHECKPOINT');

    api = await startApiProcess(database.url, { PII_MASTER_KEY: masterKey.toString('base64') });
    const token = await api.token(['clerk']);
    const backlog = await latencies(api, '/backlog?asOf=2026-06-30', token);
    const deadlines = await latencies(api, '/deadlines?state=overdue&asOf=2026-06-30', token);
    // A Prometheus scrape: the projections' status and the running clocks counted by kind and state.
    const scrape = await latencies(api, '/metrics', await api.token(['admin']));
    const lag = await lagUnderLoad(api, token);
    console.log(`Lag run: ${lag.sent} registrations sent at ${LAG_RATE}/s for ${LAG_SECONDS} s, ${lag.failed} not answered 201; caught up ${lag.catchUpSeconds.toFixed(1)} s after the last`);

    const size = `${PETITIONS.toLocaleString('en')} petitions, ${appended.events.toLocaleString('en')} events`;
    const figures: Figure[] = [
      { bench: BENCH, figure: `data set (${size})`, value: appended.events / generationSeconds, unit: 'events/s appended' },
      // A projection of a few event types reads only those: its pace is the log's size over its time.
      ...rebuilds.map((rebuilt): Figure => ({ bench: BENCH, figure: `rebuild of ${rebuilt.projection} (alongside the others)`, value: appended.events / rebuilt.seconds, unit: 'log events/s' })),
      { bench: BENCH, figure: `rebuild of all ${rebuilds.length} projections`, value: rebuildRate, unit: 'events/s', baseline: { label: 'raw batched INSERT', value: rawRate, unit: 'rows/s' }, ratio: rebuildRate / rawRate, goal: 'ratio ≥ 0.3', met: rebuildRate / rawRate >= 0.3 },
      { bench: BENCH, figure: `GET /backlog p50 (${backlog.count} requests)`, value: backlog.p50, unit: 'ms' },
      { bench: BENCH, figure: 'GET /backlog p99', value: backlog.p99, unit: 'ms', goal: '< 20 ms', met: backlog.p99 < 20 },
      { bench: BENCH, figure: `GET /deadlines?state=overdue p50 (${deadlines.count} requests)`, value: deadlines.p50, unit: 'ms' },
      { bench: BENCH, figure: 'GET /deadlines?state=overdue p99', value: deadlines.p99, unit: 'ms', goal: '< 20 ms', met: deadlines.p99 < 20 },
      { bench: BENCH, figure: `GET /metrics p50 (${scrape.count} scrapes)`, value: scrape.p50, unit: 'ms' },
      { bench: BENCH, figure: 'GET /metrics p99', value: scrape.p99, unit: 'ms' },
      { bench: BENCH, figure: `projection lag at ${LAG_RATE} registrations/s, p50`, value: lag.p50Lag, unit: 's' },
      { bench: BENCH, figure: `projection lag at ${LAG_RATE} registrations/s, max`, value: lag.maxLag, unit: 's' },
    ];
    if (lag.failed > 0) figures.push({ bench: BENCH, figure: 'registrations not answered 201 during the lag run', value: lag.failed, unit: 'requests', goal: '0', met: false });
    reportFigures(figures);
  } finally {
    await api?.stop();
    await services.close();
    await store.close();
    await pool.end();
    await database.release();
  }
}

await main();

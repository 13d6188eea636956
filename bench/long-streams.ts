import { ensureApiBuilt, startApiProcess } from './support/api-process.ts';
import { type BenchCase, CaseClient } from './support/case-history.ts';
import { openBenchDatabase } from './support/bench-database.ts';
import { type Figure, formatNumber, percentile, reportFigures } from './support/figures.ts';

/*
 * What a long case history costs. Through the built API: short cases of BENCH_SHORT_EVENTS events
 * (10) and one long case of BENCH_LONG_EVENTS (1,000), each registered, accepted and in mediation,
 * then grown with mediation sessions taking turns with reclassifications. Then, one request at a
 * time and taking turns so that noise falls on both alike, BENCH_LONG_SAMPLES (200) of each of: a
 * reclassification back and forth with If-Match on a short case and on the long case, and
 * GET /petitions/{id} on each. Every measured command adds an event, so the short cases take the
 * commands in turn (BENCH_SHORT_CASES of them), and every case is built to half its growth short
 * of its size: while measured, the cases hold their nominal size on average.
 */
const SHORT_EVENTS = Number(process.env.BENCH_SHORT_EVENTS ?? 10);
const LONG_EVENTS = Number(process.env.BENCH_LONG_EVENTS ?? 1_000);
const SAMPLES = Number(process.env.BENCH_LONG_SAMPLES ?? 200);
const SHORT_CASES = Number(process.env.BENCH_SHORT_CASES ?? 100);
const WARMUP = 10;
const BUILDERS = 4;
const BENCH = 'long-streams';
const LONG = `${LONG_EVENTS.toLocaleString('en')}-event`;
const SHORT = `${SHORT_EVENTS}-event`;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** The short cases built by a few clients side by side, the long one by one more beside them. */
async function buildCases(client: CaseClient): Promise<{ short: BenchCase[]; long: BenchCase }> {
  const short: BenchCase[] = [];
  let opened = 0;
  const buildLong = async () => {
    const long = await client.openCase();
    await client.grow(long, LONG_EVENTS - Math.floor((WARMUP + SAMPLES) / 2));
    return long;
  };
  const buildShort = async () => {
    while (opened < SHORT_CASES) {
      opened++;
      const petition = await client.openCase();
      short.push(petition);
      await client.grow(petition, SHORT_EVENTS - Math.floor((WARMUP + SAMPLES) / SHORT_CASES / 2));
    }
  };
  const [long] = await Promise.all([buildLong(), ...Array.from({ length: BUILDERS }, buildShort)]);
  return { short, long };
}

interface Latencies {
  commandShort: number[];
  commandLong: number[];
  readShort: number[];
  readLong: number[];
}

async function measure(client: CaseClient, short: BenchCase[], long: BenchCase, samples: number): Promise<Latencies> {
  const times: Latencies = { commandShort: [], commandLong: [], readShort: [], readLong: [] };
  for (let sample = 0; sample < samples; sample++) {
    const petition = short[sample % short.length]!;
    times.commandShort.push(await timed(() => client.reclassify(petition)));
    times.commandLong.push(await timed(() => client.reclassify(long)));
    times.readShort.push(await timed(() => client.read(petition)));
    times.readLong.push(await timed(() => client.read(long)));
  }
  for (const list of Object.values(times) as number[][]) list.sort((a, b) => a - b);
  return times;
}

async function main(): Promise<void> {
  ensureApiBuilt();
  const database = await openBenchDatabase();
  const api = await startApiProcess(database.url);
  try {
    const client = new CaseClient(api.url, await api.token(['clerk']));
    console.log(`API pid ${api.pid} on ${database.server}`);
    const buildStarted = performance.now();
    const { short, long } = await buildCases(client);
    const sizes = () => [...short.map((petition) => petition.version), long.version];
    const before = sizes();
    console.log(`Built ${short.length} short cases and a long one (${before.reduce((sum, size) => sum + size, 0)} events) in ${((performance.now() - buildStarted) / 1000).toFixed(0)} s`);
    await measure(client, short, long, WARMUP);
    const times = await measure(client, short, long, SAMPLES);
    const after = sizes();
    const range = (from: number, to?: number) => `${Math.min(...before.slice(from, to))}–${Math.max(...after.slice(from, to))}`;
    const kB = async (petition: BenchCase) => `${formatNumber((await client.read(petition)) / 1024)} kB`;
    console.log(`GET /petitions/{id} answers ${await kB(short[0]!)} of JSON on a short case, ${await kB(long)} on the long one`);
    console.log(`${WARMUP} rounds of warm-up, then ${SAMPLES} of each request, one at a time; meanwhile the short cases held ${range(0, -1)} events, the long one ${range(-1)}\n`);

    const p = (list: number[], at: number) => percentile(list, at);
    const commandRatio = p(times.commandLong, 99) / p(times.commandShort, 99);
    const readRatio = p(times.readLong, 99) / p(times.readShort, 99);
    console.log(`${LONG} ÷ ${SHORT} case, p99: command ${formatNumber(commandRatio)}, GET /petitions/{id} ${formatNumber(readRatio)}`);
    console.log(`p50: command ${formatNumber(p(times.commandLong, 50) / p(times.commandShort, 50))}, GET ${formatNumber(p(times.readLong, 50) / p(times.readShort, 50))}`);

    const baseline = (list: number[], at: number) => ({ label: `${SHORT} case`, value: p(list, at), unit: 'ms' });
    const p99Figure = (what: string, long: number[], short: number[], ratio: number): Figure => ({
      bench: BENCH, figure: `${what} p99, ${LONG} case`, value: p(long, 99), unit: 'ms', baseline: baseline(short, 99),
      ratio: 1 / ratio, goal: `≤ 1.5 × the ${SHORT} case (ratio ≥ 0.67)`, met: ratio <= 1.5,
    });
    const p50Figure = (what: string, long: number[], short: number[]): Figure => ({
      bench: BENCH, figure: `${what} p50, ${LONG} case`, value: p(long, 50), unit: 'ms', baseline: baseline(short, 50), ratio: p(short, 50) / p(long, 50),
    });
    reportFigures([
      p99Figure('reclassification (If-Match)', times.commandLong, times.commandShort, commandRatio),
      p50Figure('reclassification (If-Match)', times.commandLong, times.commandShort),
      p99Figure('GET /petitions/{id}', times.readLong, times.readShort, readRatio),
      p50Figure('GET /petitions/{id}', times.readLong, times.readShort),
    ]);
  } finally {
    await api.stop();
    await database.release();
  }
}

await main();

import { ensureApiBuilt, startApiProcess } from './support/api-process.ts';
import { openBenchServer } from './support/bench-database.ts';
import { DatabaseCpu } from './support/database-cpu.ts';
import { type Figure, formatNumber, reportFigures } from './support/figures.ts';
import { ensurePeersBuilt, type RegistrationService, startEmmettPeer, startFloor } from './support/peer-process.ts';
import { CONNECTIONS, petitionBody, registrationLoad } from './support/registration-load.ts';
import { checkRegisters, type Contender, runSlice, type SliceResult } from './support/registration-slice.ts';
import { formatTable } from './support/throughput.ts';

/*
 * `POST /petitions` on xinfang beside two peers, each a child process of its own on a database of
 * its own on one PostgreSQL server: the Emmett peer (bench/peers/emmett: Emmett's Express.js
 * helpers, a decider behind DeciderCommandHandler, Emmett's PostgreSQL event store, jose HS256)
 * and the floor (bench/peers/floor: bare NestJS, xinfang's ValidationPipe and DTO, one INSERT).
 * After a warm-up of each (BENCH_PEERS_WARMUP_SECONDS, 10: until V8 has optimised the hot paths,
 * which in xinfang are many), slices of BENCH_PEERS_SECONDS (15) take turns, xinfang → Emmett →
 * floor, for BENCH_PEERS_ROUNDS (3) rounds, so that noise from a shared machine falls on all
 * three alike. CPU per registration is the service's process plus its database's backends (from
 * /proc), counted until the service is idle again after its slice.
 */
const SECONDS = Number(process.env.BENCH_PEERS_SECONDS ?? 15);
const ROUNDS = Number(process.env.BENCH_PEERS_ROUNDS ?? 3);
const WARMUP_SECONDS = Number(process.env.BENCH_PEERS_WARMUP_SECONDS ?? 10);
const BENCH = 'peers';

type Results = Map<string, SliceResult[]>;

const cpuMs = (slice: SliceResult, of: 'api' | 'postgres' | 'all') => {
  const seconds = { api: slice.apiCpuSeconds, postgres: slice.postgresCpuSeconds, all: slice.apiCpuSeconds + slice.postgresCpuSeconds }[of];
  return (seconds / slice.created) * 1000;
};
const rate = (slice: SliceResult) => slice.created / slice.seconds;
const cell = (value: number) => (Number.isNaN(value) ? 'n/a' : formatNumber(value));

function sliceTable(rows: readonly [string, SliceResult][]): string {
  return formatTable(
    ['service', 'registrations/s', 'p50 ms', 'p99 ms', 'CPU ms/reg: API', 'PostgreSQL', 'total', 'failed', 'peak RSS MB', 'busy after s'],
    rows.map(([name, slice]) => [
      name, cell(rate(slice)), cell(slice.p50), cell(slice.p99),
      cell(cpuMs(slice, 'api')), cell(cpuMs(slice, 'postgres')), cell(cpuMs(slice, 'all')), String(slice.failed), cell(slice.peakRssBytes / 2 ** 20), cell(slice.settleSeconds),
    ]),
  );
}

/** The slices of one contender taken together: requests over seconds, CPU over requests, the median p50 and p99. */
function combined(slices: readonly SliceResult[]): SliceResult {
  const sum = (pick: (slice: SliceResult) => number) => slices.reduce((total, slice) => total + pick(slice), 0);
  const median = (pick: (slice: SliceResult) => number) => {
    const sorted = slices.map(pick).sort((a, b) => a - b);
    return sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  };
  return {
    created: sum((slice) => slice.created), failed: sum((slice) => slice.failed), seconds: sum((slice) => slice.seconds),
    p50: median((slice) => slice.p50), p99: median((slice) => slice.p99),
    apiCpuSeconds: sum((slice) => slice.apiCpuSeconds), postgresCpuSeconds: sum((slice) => slice.postgresCpuSeconds),
    peakRssBytes: Math.max(...slices.map((slice) => slice.peakRssBytes)), settleSeconds: median((slice) => slice.settleSeconds),
  };
}

/** `a ÷ b` for throughput, p99 and CPU per registration, per round: what one run says about how far apart two services are. */
function ratioLine(results: Results, a: string, b: string): string {
  const pairs = results.get(a)!.map((slice, round) => [slice, results.get(b)![round]!] as const);
  const range = (values: number[]) => {
    const [low, high] = [Math.min(...values), Math.max(...values)];
    return low.toFixed(2) === high.toFixed(2) ? low.toFixed(2) : `${low.toFixed(2)}–${high.toFixed(2)}`;
  };
  return `${a} ÷ ${b}: throughput ${range(pairs.map(([x, y]) => rate(x) / rate(y)))}, p99 ${range(pairs.map(([x, y]) => x.p99 / y.p99))}, `
    + `CPU per registration ${range(pairs.map(([x, y]) => cpuMs(x, 'all') / cpuMs(y, 'all')))}`;
}

function figures(results: Results): Figure[] {
  const [xinfang, emmett, floor] = ['xinfang', 'Emmett', 'floor'].map((name) => combined(results.get(name)!)) as [SliceResult, SliceResult, SliceResult];
  const cpuKind = Number.isNaN(xinfang.postgresCpuSeconds) ? 'API process only' : 'process + its PostgreSQL backends';
  const throughput = (value: SliceResult, label: string, baseline: SliceResult, goal?: number): Figure => ({
    bench: BENCH, figure: `POST /petitions throughput, ${label} against the ${baseline === floor ? 'floor' : 'Emmett peer'}`, value: rate(value), unit: 'req/s',
    baseline: { label: baseline === floor ? 'NestJS floor' : 'Emmett peer', value: rate(baseline), unit: 'req/s' }, ratio: rate(value) / rate(baseline),
    ...(goal === undefined ? {} : { goal: `ratio ≥ ${goal.toFixed(1)} (stretch 1.3)`, met: rate(value) / rate(baseline) >= goal }),
  });
  const lowerIsBetter = (figure: string, unit: string, value: number, baseline: number, label: string, goal?: string): Figure => ({
    bench: BENCH, figure, value, unit, baseline: { label, value: baseline, unit }, ratio: baseline / value, ...(goal ? { goal, met: value <= baseline } : {}),
  });
  const result: Figure[] = [
    throughput(xinfang, 'xinfang', emmett, 1),
    lowerIsBetter('POST /petitions p99, xinfang', 'ms', xinfang.p99, emmett.p99, 'Emmett peer', '≤ the peer’s'),
    lowerIsBetter(`CPU per registration, xinfang (${cpuKind})`, 'ms', cpuMs(xinfang, 'all'), cpuMs(emmett, 'all'), 'Emmett peer', '≤ the peer’s'),
    throughput(xinfang, 'xinfang', floor),
    throughput(emmett, 'Emmett peer', floor),
    lowerIsBetter('POST /petitions p99, Emmett peer', 'ms', emmett.p99, floor.p99, 'NestJS floor'),
    lowerIsBetter(`CPU per registration, Emmett peer (${cpuKind})`, 'ms', cpuMs(emmett, 'all'), cpuMs(floor, 'all'), 'NestJS floor'),
    { bench: BENCH, figure: 'xinfang peak RSS under load', value: xinfang.peakRssBytes / 2 ** 20, unit: 'MB', goal: '< 250 MB', met: xinfang.peakRssBytes < 250 * 2 ** 20 },
  ];
  const failed = xinfang.failed + emmett.failed + floor.failed;
  if (failed > 0) result.push({ bench: BENCH, figure: 'failed requests (all services)', value: failed, unit: 'requests', goal: '0', met: false });
  return result;
}

async function main(): Promise<void> {
  ensureApiBuilt();
  ensurePeersBuilt();
  const server = await openBenchServer();
  const services: RegistrationService[] = [];
  const contenders: Contender[] = [];
  try {
    const enter = async (name: string, start: (url: string) => Promise<RegistrationService>) => {
      const database = await server.createDatabase();
      const service = await start(database.url);
      services.push(service);
      contenders.push({ name, service, token: await service.clerkToken(), database: await DatabaseCpu.watch(server.url, database.url) });
    };
    await enter('xinfang', async (url) => {
      const api = await startApiProcess(url);
      return { ...api, clerkToken: () => api.token(['clerk']) };
    });
    await enter('Emmett', startEmmettPeer);
    await enter('floor', startFloor);
    console.log(`${server.server}; ${contenders.map(({ name, service }) => `${name} pid ${service.pid}`).join(', ')}`);
    console.log(`${CONNECTIONS} connections; warm-up ${WARMUP_SECONDS} s each, then ${ROUNDS} rounds of ${SECONDS} s slices\n`);
    for (const contender of contenders) {
      await checkRegisters(contender, petitionBody());
      await registrationLoad(contender.service.url, contender.token, WARMUP_SECONDS);
    }
    const results: Results = new Map(contenders.map(({ name }) => [name, []]));
    for (let round = 1; round <= ROUNDS; round++) {
      const rows: [string, SliceResult][] = [];
      for (const contender of contenders) {
        const slice = await runSlice(contender, SECONDS);
        results.get(contender.name)!.push(slice);
        rows.push([contender.name, slice]);
      }
      console.log(`Round ${round}\n${sliceTable(rows)}\n`);
    }
    console.log(`All rounds (throughput and CPU over all slices, p50 and p99 the median slice's)\n${sliceTable(contenders.map(({ name }) => [name, combined(results.get(name)!)]))}\n`);
    for (const [a, b] of [['xinfang', 'Emmett'], ['xinfang', 'floor'], ['Emmett', 'floor']] as const) console.log(ratioLine(results, a, b));
    reportFigures(figures(results));
  } finally {
    for (const contender of contenders) await contender.database.close();
    for (const service of services) await service.stop();
    await server.release();
  }
}

await main();

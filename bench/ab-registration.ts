import { randomBytes } from 'node:crypto';
import { signToken } from '../apps/api/src/auth/sign-token.ts';
import { openBenchServer } from './support/bench-database.ts';
import { DatabaseCpu } from './support/database-cpu.ts';
import { formatNumber } from './support/figures.ts';
import type { RegistrationService } from './support/peer-process.ts';
import { petitionBody, registrationLoad } from './support/registration-load.ts';
import { checkRegisters, type Contender, runSlice, type SliceResult } from './support/registration-slice.ts';
import { startServiceProcess } from './support/service-process.ts';

/*
 * Two builds of the API side by side, for what a change costs or saves (not in `npm run bench`):
 *   npx tsx bench/ab-registration.ts <old dist/apps/api/src/main.js> <new dist/apps/api/src/main.js>
 * Each on a database of its own on one server, warmed up, then slices of POST /petitions at 16
 * connections taking turns (A, B, B, A, …: BENCH_AB_SECONDS, 8, and BENCH_AB_ROUNDS, 4), so that a
 * busy machine's noise falls on both alike. Prints CPU per registration (API process and its
 * PostgreSQL backends) and throughput for each, and B ÷ A. BENCH_AB_ENV_A / BENCH_AB_ENV_B
 * ("NAME=value NAME2=value") set one build's settings: the same build twice, configured otherwise,
 * shows what a setting costs.
 */
const SECONDS = Number(process.env.BENCH_AB_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_AB_ROUNDS ?? 4);

function settings(text: string | undefined): Record<string, string> {
  return Object.fromEntries((text ?? '').split(' ').filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
}

async function startBuild(main: string, databaseUrl: string, env: Record<string, string>): Promise<RegistrationService> {
  const secret = randomBytes(32).toString('base64url');
  const service = await startServiceProcess({
    name: main,
    args: ['--max-old-space-size=256', main],
    cwd: process.cwd(),
    env: { NODE_ENV: 'production', DATABASE_URL: databaseUrl, JWT_SECRET: secret, PII_MASTER_KEY: randomBytes(32).toString('base64'), WRITE_RATE_LIMIT: '1000000', LOG_LEVEL: 'info', ...env },
    readyPath: '/health/ready',
  });
  return { ...service, clerkToken: () => signToken(secret, { sub: 'bench-clerk', name: 'bench-clerk', roles: ['clerk'] }) };
}

async function main(): Promise<void> {
  const [mainA, mainB] = process.argv.slice(2);
  if (!mainA || !mainB) throw new Error('usage: npx tsx bench/ab-registration.ts <A main.js> <B main.js>');
  const server = await openBenchServer();
  const contenders: Contender[] = [];
  try {
    for (const [name, file] of [['A', mainA], ['B', mainB]] as const) {
      const database = await server.createDatabase();
      const service = await startBuild(file, database.url, settings(process.env[`BENCH_AB_ENV_${name}`]));
      contenders.push({ name, service, token: await service.clerkToken(), database: await DatabaseCpu.watch(server.url, database.url) });
    }
    for (const contender of contenders) {
      await checkRegisters(contender, petitionBody());
      await registrationLoad(contender.service.url, contender.token, 5);
    }
    const slices = new Map<string, SliceResult[]>([['A', []], ['B', []]]);
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? contenders : [...contenders].reverse();
      for (const contender of order) {
        const slice = await runSlice(contender, SECONDS);
        slices.get(contender.name)!.push(slice);
        const ms = (seconds: number) => formatNumber((seconds / slice.created) * 1000);
        console.log(`round ${round + 1} ${contender.name}: ${formatNumber(slice.created / slice.seconds)} reg/s, p99 ${slice.p99} ms, CPU/reg API ${ms(slice.apiCpuSeconds)} ms, PostgreSQL ${ms(slice.postgresCpuSeconds)} ms`);
      }
    }
    const total = (name: string) => {
      const list = slices.get(name)!;
      const created = list.reduce((sum, slice) => sum + slice.created, 0);
      return {
        rate: created / list.reduce((sum, slice) => sum + slice.seconds, 0),
        api: (list.reduce((sum, slice) => sum + slice.apiCpuSeconds, 0) / created) * 1000,
        postgres: (list.reduce((sum, slice) => sum + slice.postgresCpuSeconds, 0) / created) * 1000,
      };
    };
    const [a, b] = [total('A'), total('B')];
    for (const [name, figures] of [['A', a], ['B', b]] as const) {
      console.log(`${name}: ${formatNumber(figures.rate)} reg/s, CPU/reg API ${formatNumber(figures.api)} ms, PostgreSQL ${formatNumber(figures.postgres)} ms, total ${formatNumber(figures.api + figures.postgres)} ms`);
    }
    console.log(`B ÷ A: throughput ${formatNumber(b.rate / a.rate)}, CPU/reg API ${formatNumber(b.api / a.api)}, PostgreSQL ${formatNumber(b.postgres / a.postgres)}, total ${formatNumber((b.api + b.postgres) / (a.api + a.postgres))}`);
  } finally {
    for (const contender of contenders) await contender.database.close();
    for (const contender of contenders) await contender.service.stop();
    await server.release();
  }
}

await main();

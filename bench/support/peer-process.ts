import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { signToken } from '../../apps/api/src/auth/sign-token.ts';
import { type ServiceProcess, startServiceProcess } from './service-process.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EMMETT_DIR = `${REPO_ROOT}bench/peers/emmett/`;
const EMMETT_MAIN = `${EMMETT_DIR}dist/bench/peers/emmett/src/main.js`;
const FLOOR_MAIN = `${REPO_ROOT}dist/bench-peers/floor/bench/peers/floor/main.js`;

/** A registration service the bench drives: xinfang or one of its peers. */
export interface RegistrationService extends ServiceProcess {
  /** A clerk's bearer token the service accepts (the floor checks none). */
  clerkToken(): Promise<string>;
}

/**
 * The Emmett peer is a package of its own (bench/peers/emmett, with its own lock file), because the
 * Express.js helpers of Emmett on npm need Express 4 while xinfang runs NestJS on Express 5: its
 * dependencies are installed on first use and whenever its lock file changes. Both peers are
 * compiled with tsc, as the API is (the floor's DTO needs decorator metadata), which also type-checks
 * the Emmett peer against its own dependencies. BENCH_SKIP_BUILD=1 reuses what is built.
 */
export function ensurePeersBuilt(): void {
  const lock = `${EMMETT_DIR}package-lock.json`;
  const installed = `${EMMETT_DIR}node_modules/.package-lock.json`;
  if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
    console.error('Installing the Emmett peer’s dependencies (npm ci in bench/peers/emmett)…');
    run('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], EMMETT_DIR);
  }
  if (process.env.BENCH_SKIP_BUILD === '1' && existsSync(EMMETT_MAIN) && existsSync(FLOOR_MAIN)) return;
  console.error('Building the peers (tsc)…');
  const bin = `${REPO_ROOT}node_modules/.bin/`;
  run(`${bin}tsc`, ['-p', 'bench/peers/emmett/tsconfig.json'], REPO_ROOT);
  run(`${bin}tsc`, ['-p', 'bench/peers/floor/tsconfig.json'], REPO_ROOT);
  run(`${bin}tsc-alias`, ['-p', 'bench/peers/floor/tsconfig.json'], REPO_ROOT);
}

/** The Emmett peer on `databaseUrl`, with a JWT secret of its own; it creates Emmett's schema there. */
export async function startEmmettPeer(databaseUrl: string): Promise<RegistrationService> {
  const secret = randomBytes(32).toString('base64url');
  const service = await startServiceProcess({
    name: 'The Emmett peer',
    args: [EMMETT_MAIN],
    cwd: EMMETT_DIR,
    env: { NODE_ENV: 'production', DATABASE_URL: databaseUrl, JWT_SECRET: secret },
    readyPath: '/health',
  });
  return { ...service, clerkToken: () => signToken(secret, { sub: 'bench-clerk', name: 'bench-clerk', roles: ['clerk'] }) };
}

/** The NestJS floor on `databaseUrl`; it creates its one table there. */
export async function startFloor(databaseUrl: string): Promise<RegistrationService> {
  const service = await startServiceProcess({
    name: 'The NestJS floor',
    args: [FLOOR_MAIN],
    cwd: REPO_ROOT,
    env: { NODE_ENV: 'production', DATABASE_URL: databaseUrl },
    readyPath: '/health',
  });
  return { ...service, clerkToken: () => Promise.resolve('unchecked') };
}

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: the benchmark needs the peers built`);
}

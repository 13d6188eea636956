import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Role } from '@xinfang/petition';
import { signToken } from '../../apps/api/src/auth/sign-token.ts';
import { type ServiceProcess, startServiceProcess } from './service-process.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = `${REPO_ROOT}dist/apps/api/src/main.js`;

export interface ApiProcess extends ServiceProcess {
  token(roles: readonly Role[], sub?: string): Promise<string>;
}

/**
 * The service is built (decorator metadata needs the TypeScript compiler, which tsx lacks) and run
 * as `npm run start:prod` runs it (same node options), so that its memory is its own. BENCH_SKIP_BUILD=1 reuses dist/;
 * BENCH_API_NODE_ARGS passes node options to the API (`--cpu-prof --cpu-prof-dir=…` to profile it),
 * BENCH_API_ENV settings (`PROJECTOR_ENABLED=false LOG_LEVEL=warn`) to try it configured otherwise.
 */
export function ensureApiBuilt(): void {
  if (process.env.BENCH_SKIP_BUILD === '1' && existsSync(MAIN)) return;
  console.error('Building the API (npm run build)…');
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status !== 0) throw new Error('npm run build failed: the benchmark needs the built API');
}

/** Starts the built API on a free loopback port against `databaseUrl` (it migrates it) and waits until it is ready. */
export async function startApiProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const secret = randomBytes(32).toString('base64url');
  const nodeArgs = [...shippedNodeArgs(), ...(process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? [])];
  const service = await startServiceProcess({
    name: 'The API',
    args: [...nodeArgs, MAIN],
    cwd: REPO_ROOT,
    env: {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      JWT_SECRET: secret,
      PII_MASTER_KEY: randomBytes(32).toString('base64'),
      WRITE_RATE_LIMIT: '1000000',
      LOG_LEVEL: 'info',
      ...env,
      ...benchApiEnv(),
    },
    readyPath: '/health/ready',
  });
  return { ...service, token: (roles, sub = `bench-${roles.join('-')}`) => signToken(secret, { sub, name: sub, roles }) };
}

/** The node options the service ships with (`npm run start:prod`, the same as the Dockerfile's), so the bench measures the API as it runs. */
function shippedNodeArgs(): string[] {
  const scripts = (JSON.parse(readFileSync(`${REPO_ROOT}package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts;
  const words = scripts['start:prod']!.split(/\s+/);
  return words.slice(words.indexOf('node') + 1, words.indexOf('dist/apps/api/src/main.js'));
}

/** `BENCH_API_ENV="NAME=value NAME2=value"`: settings for the API beyond the bench's own. */
function benchApiEnv(): Record<string, string> {
  const pairs = process.env.BENCH_API_ENV?.split(' ').filter(Boolean) ?? [];
  return Object.fromEntries(pairs.map((pair) => {
    const equals = pair.indexOf('=');
    if (equals < 1) throw new Error(`BENCH_API_ENV: "${pair}" is not NAME=value`);
    return [pair.slice(0, equals), pair.slice(equals + 1)];
  }));
}

import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../apps/api/src/config/app-config.js';
import { loadConfig } from '../../apps/api/src/config/load-config.js';

describe('operational configuration', () => {
  let dataRoot: string;
  beforeEach(async () => {
    dataRoot = await mkdtemp(join(tmpdir(), 'xinfang-ops-config-'));
  });

  const problemsOf = async (env: Record<string, string>) => {
    const error = await loadConfig(env, dataRoot).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  };

  it('defaults to info logs, no CORS, 300 writes a minute and a 10 s drain', async () => {
    expect(await loadConfig({}, dataRoot)).toMatchObject({ logLevel: 'info', corsOrigins: [], writeRateLimitPerMinute: 300, shutdownTimeoutMillis: 10_000 });
  });

  it('reads LOG_LEVEL, CORS_ORIGINS, WRITE_RATE_LIMIT and SHUTDOWN_TIMEOUT_MS', async () => {
    const config = await loadConfig(
      { LOG_LEVEL: 'warn', CORS_ORIGINS: 'https://app.example.org, http://localhost:5173/', WRITE_RATE_LIMIT: '60', SHUTDOWN_TIMEOUT_MS: '2500' },
      dataRoot,
    );
    expect(config).toMatchObject({ logLevel: 'warn', corsOrigins: ['https://app.example.org', 'http://localhost:5173'], writeRateLimitPerMinute: 60, shutdownTimeoutMillis: 2500 });
  });

  it('names each bad one', async () => {
    const problems = await problemsOf({ LOG_LEVEL: 'verbose', CORS_ORIGINS: 'https://ok.example.org,*,https://x.example.org/app', WRITE_RATE_LIMIT: '0', SHUTDOWN_TIMEOUT_MS: 'soon' });
    expect(problems).toEqual([
      expect.stringContaining('LOG_LEVEL'),
      expect.stringMatching(/CORS_ORIGINS.*"\*"/),
      expect.stringMatching(/CORS_ORIGINS.*"https:\/\/x\.example\.org\/app"/),
      expect.stringContaining('WRITE_RATE_LIMIT'),
      expect.stringContaining('SHUTDOWN_TIMEOUT_MS'),
    ]);
  });

  it('limits headers to 16 KiB and URLs to 8 KiB unless told, a URL never past the headers', async () => {
    expect(await loadConfig({}, dataRoot)).toMatchObject({ headerLimitBytes: 16_384, urlLimitBytes: 8_192 });
    expect(await loadConfig({ HEADER_LIMIT_BYTES: '32768', URL_LIMIT_BYTES: '20000' }, dataRoot)).toMatchObject({ headerLimitBytes: 32_768, urlLimitBytes: 20_000 });
    expect(await problemsOf({ HEADER_LIMIT_BYTES: '8192', URL_LIMIT_BYTES: '10000' })).toEqual([expect.stringMatching(/URL_LIMIT_BYTES.*256 to 8192/)]);
  });

  it('takes JWT_SECRET only from the environment it is given, never from the process', async () => {
    const previous = process.env.JWT_SECRET;
    process.env.JWT_SECRET = 'from-the-process-environment-0123456789';
    try {
      expect((await loadConfig({ JWT_SECRET: 'from-the-given-environment-0123456789' }, dataRoot)).auth).toMatchObject({ secret: 'from-the-given-environment-0123456789' });
      const generated = (await loadConfig({}, dataRoot)).auth;
      expect(generated).toMatchObject({ kind: 'hs256', secret: (await readFile(join(dataRoot, 'dev-jwt-secret'), 'utf8')).trim() });
      expect(generated).not.toMatchObject({ secret: process.env.JWT_SECRET });
      expect((await stat(join(dataRoot, 'dev-jwt-secret'))).mode & 0o077).toBe(0);
    } finally {
      if (previous === undefined) delete process.env.JWT_SECRET;
      else process.env.JWT_SECRET = previous;
    }
  });

  it('targets a Node LTS every dependency supports, in package.json and in the image alike', async () => {
    const minimum = (range: string) => /^>=\s*(\d+)\.(\d+)/.exec(range)?.slice(1).map(Number) ?? [Number.NaN, 0];
    const engines = JSON.parse(await readFile('package.json', 'utf8')).engines.node as string;
    const images = [...(await readFile('Dockerfile', 'utf8')).matchAll(/^FROM node:(\d+)-/gm)].map((match) => Number(match[1]));
    const [major] = minimum(engines);
    expect(images).toEqual([major, major]);
    expect(major! % 2).toBe(0);
    const pino = minimum(JSON.parse(await readFile('node_modules/nestjs-pino/package.json', 'utf8')).engines.node as string);
    expect(major! * 1000 + minimum(engines)[1]!).toBeGreaterThanOrEqual(pino[0]! * 1000 + pino[1]!);
  });

  it('keeps the development secrets out of the repository', () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: process.cwd(), encoding: 'utf8' });
    expect(git('check-ignore', '.data/dev-jwt-secret').trim()).toBe('.data/dev-jwt-secret');
    expect(git('ls-files', '.data')).toBe('');
  });
});

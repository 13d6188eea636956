import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { migrateDatabase } from '../../apps/api/src/database/migrate-database.js';
import { REPO_ROOT } from '../reliability/support/processes.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run <script> -- <args>` in the repository, as an administrator types it. */
function npmRun(script: string, args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  const { NODE_OPTIONS: _jestVmModules, ...inherited } = process.env;
  const child = spawn('npm', ['run', '-s', script, '--', ...args], { cwd: REPO_ROOT, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

describe('admin commands beside a running service', () => {
  let source: TestDatabase;
  let target: TestDatabase;
  beforeAll(async () => {
    [source, target] = [await createTestDatabase(), await createTestDatabase()];
    await migrateDatabase(source.url);
  });
  afterAll(async () => {
    await source?.drop();
    await target?.drop();
  });

  it('leave the build a running server uses alone: verify, rebuild, replay-check and copy-events run from source', async () => {
    const marker = join(REPO_ROOT, 'dist', `.running-build-${process.pid}`);
    await mkdir(join(REPO_ROOT, 'dist'), { recursive: true });
    await writeFile(marker, 'a server runs from this build\n');
    try {
      const env = { DATABASE_URL: source.url };
      const runs = [
        await npmRun('verify', [], env),
        await npmRun('rebuild', [], env),
        await npmRun('replay-check', [], env),
        await npmRun('copy-events', ['--from', 'postgres', '--to', 'postgres', '--to-url', target.url], env),
      ];
      expect(runs.map((run) => run.code)).toEqual([0, 0, 0, 0]);
      expect(runs[0]!.stdout).toContain('broken streams: 0');
      expect(runs[2]!.stdout).toContain('every read model equals a replay');
      expect(await readFile(marker, 'utf8')).toBe('a server runs from this build\n');
    } finally {
      await rm(marker, { force: true });
    }
  }, 120_000);
});

describe('admin commands’ command lines', () => {
  const COMMANDS = ['token', 'user', 'verify', 'rebuild', 'replay-check', 'copy-events', 'openapi'];

  it('answer --help with their usage, and name a bad argument with exit code 2', async () => {
    const answers = await Promise.all(
      COMMANDS.map(async (command) => {
        const help = await npmRun(command, ['--help']);
        const bad = await npmRun(command, command === 'token' ? ['clerk', '--bogus'] : ['--bogus']);
        return { command, help: [help.code, help.stdout.includes(`npm run ${command}`)], bad: [bad.code, bad.stderr.includes("'--bogus'"), bad.stderr.includes(`npm run ${command}`)] };
      }),
    );
    expect(answers).toEqual(COMMANDS.map((command) => ({ command, help: [0, true], bad: [2, true, true] })));
  }, 120_000);

  it('name a wrong positional argument too', async () => {
    const [rebuild, token] = await Promise.all([npmRun('rebuild', ['cases', 'nosuch']), npmRun('token', ['clerk,boss'])]);
    expect([rebuild.code, rebuild.stderr]).toEqual([2, expect.stringContaining('Unknown projection(s): nosuch')]);
    expect([token.code, token.stderr]).toEqual([2, expect.stringContaining('Unknown role(s): boss')]);
  }, 60_000);
});


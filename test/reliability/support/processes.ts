import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Polls `probe` until it answers a value, failing with `what` after `timeoutMillis`. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMillis = 30_000, everyMillis = 25): Promise<T> {
  const deadline = Date.now() + timeoutMillis;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMillis));
  }
}

export interface Child {
  readonly process: ChildProcess;
  /** What it printed so far, stdout and stderr together. */
  output(): string;
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A TypeScript entry point of this repository in a node process of its own (through tsx). */
export function spawnTypeScript(entry: string, env: Record<string, string>): Child {
  const { NODE_OPTIONS: _jestVmModules, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: REPO_ROOT, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { process: child, output: () => output, exited: () => exit };
}

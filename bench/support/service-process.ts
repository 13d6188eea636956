import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freeLoopbackPort } from '../../apps/api/src/database/free-port.js';
import { processCpuSeconds } from './process-cpu.ts';

/** An HTTP service the bench started as a child process of its own, so that its CPU and memory are its own. */
export interface ServiceProcess {
  readonly url: string;
  readonly pid: number;
  /** Resident set size of the process now, from /proc. */
  rssBytes(): number;
  /** CPU seconds the process has used so far. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

export interface ServiceLaunch {
  /** For error messages: "the API", "the Emmett peer". */
  readonly name: string;
  readonly args: readonly string[];
  readonly cwd: string;
  /** The environment beyond PATH, HOST and PORT, which are set here. */
  readonly env: Readonly<Record<string, string>>;
  /** A path that answers 2xx once the service is ready. */
  readonly readyPath: string;
}

/** Starts `node <args>` on a free loopback port and waits until `readyPath` answers 2xx. */
export async function startServiceProcess(launch: ServiceLaunch): Promise<ServiceProcess> {
  const port = await freeLoopbackPort();
  const child: ChildProcess = spawn(process.execPath, [...launch.args], {
    cwd: launch.cwd,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), ...launch.env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4_000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${launch.name} exited during start-up:\n${stderr}`);
    const ready = await fetch(`${url}${launch.readyPath}`).then((response) => response.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`${launch.name} did not become ready:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    pid: child.pid!,
    rssBytes: () => rssOf(child.pid!),
    cpuSeconds: () => processCpuSeconds(child.pid!),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

function rssOf(pid: number): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : 0;
}

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { DASHBOARD_DIR } from '../../apps/api/src/dashboard/dashboard.controller.js';
import type { TestApp } from '../support/test-app.js';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = resolve('test/dashboard/__screenshots__');

const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Builds the dashboard with Vite unless dist/dashboard is newer than every source file. */
export function ensureDashboardBuilt(): void {
  ensureViteBuilt(resolve('apps/dashboard'), DASHBOARD_DIR);
}

/** Builds a Vite app unless its output is newer than every file of its source and of `alsoReads`. */
export function ensureViteBuilt(source: string, outDir: string, alsoReads: readonly string[] = []): void {
  const built = join(outDir, 'index.html');
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...[source, ...alsoReads].map(newestChange))) return;
  const result = spawnSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build', '--config', join(source, 'vite.config.ts'), '--logLevel', 'warn'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

/** Headless Chromium on a fresh profile, removed again by `close`. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'xinfang-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // `--headless=new` below is the one headless switch Chromium gets.
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The app on a real port of the loopback interface, as a browser reaches it. */
export async function listen(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(file: string): { width: number; height: number; bytes: number } {
  const data = readFileSync(file);
  if (data.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${file} is not a PNG`);
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20), bytes: data.length };
}

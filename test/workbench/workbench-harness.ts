import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { WORKBENCH } from '../../apps/api/src/workbench/workbench.controller.js';
import { ensureViteBuilt, pngSize } from '../dashboard/dashboard-harness.js';

export const WORKBENCH_SCREENSHOTS = resolve('test/workbench/__screenshots__');

/** Builds the workbench unless dist/workbench is newer than its sources (and the dashboard's labels and the intake sheet's module it reads). */
export function ensureWorkbenchBuilt(): void {
  ensureViteBuilt(resolve('apps/workbench'), WORKBENCH.dir, [resolve('apps/dashboard/src/labels.ts'), resolve('apps/api/src/petitions/intake/intake-sheet.ts')]);
}

/** A full-page screenshot kept as the test's artifact, checked to be a real picture of the width asked for (less a scrollbar). */
export async function keepScreenshot(page: Page, name: string, width = 1280): Promise<void> {
  const file = join(WORKBENCH_SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  const size = pngSize(file);
  if (size.width > width || size.width < width - 20 || size.bytes < 8_000) throw new Error(`${name}.png is ${size.width} px wide and ${size.bytes} bytes`);
}

/** Signs in on the workbench's page; a user on a one-time password chooses their own first. */
export async function signInOnPage(context: BrowserContext, base: string, login: string, password: string, newPassword?: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${base}/workbench/`);
  await page.getByLabel('登录名').fill(login);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  if (newPassword) {
    await page.getByLabel('当前密码').fill(password);
    await page.getByLabel('新密码', { exact: true }).fill(newPassword);
    await page.getByLabel('再次输入新密码').fill(newPassword);
    await page.getByRole('button', { name: '保存新密码' }).click();
  }
  await page.getByTestId('signed-in-as').waitFor();
  await page.locator('nav.menu').waitFor();
  return page;
}

export async function signOutOnPage(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出' }).click();
  await page.getByRole('button', { name: '登录' }).waitFor();
  await page.close();
}

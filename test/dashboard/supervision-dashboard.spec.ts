import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';
import { CHROMIUM, ensureDashboardBuilt, launchBrowser, listen, SCREENSHOTS } from './dashboard-harness.js';

const haveChromium = existsSync(CHROMIUM);

/** 督查督办 in the dashboard: one case supervised and escalated, one overdue assignment not yet supervised. */
(haveChromium ? describe : describe.skip)('the supervision register in the dashboard', () => {
  let t: TestApp;
  let base: string;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let clerk: string;
  const receipts: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    ensureDashboardBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });
    t = await startTestApp();
    base = await listen(t);
    clerk = await t.token('clerk', { sub: 'clerk-1', name: '李科员' });
    const post = async (path: string, body: object) => {
      const response = await t.http.post(path).set('Authorization', `Bearer ${clerk}`).send(body);
      if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body as Record<string, string>;
    };
    const assigned = async (unit: string) => {
      const { id, receiptNumber } = await post('/petitions', validPetition({ responsibleUnit: unit, receivedAt: '2026-09-01' }));
      receipts.push(receiptNumber!);
      await post(`/petitions/${id}/acceptance`, { decision: 'assigned', toUnit: unit, reportBy: '2026-09-20', decidedAt: '2026-09-02', claimType: 'claim' });
      return id!;
    };
    const supervised = await assigned('县住建局');
    await post(`/petitions/${supervised}/owner`, { leaderId: 'leader-1', leaderName: '周副县长', post: '副县长', from: '2026-09-25' });
    const { supervisionId } = await post(`/petitions/${supervised}/supervisions`, { level: 'notice', subject: '逾期未报送办结报告', issuedOn: '2026-10-08', answerBy: '2026-10-15' });
    await post(`/petitions/${supervised}/supervisions/${supervisionId}/escalation`, { reason: '逾期未反馈', answerBy: '2026-10-30', escalatedOn: '2026-10-19' });
    await assigned('县人社局');
    const last = await post(`/petitions/${supervised}/instructions`, { text: '限期办结', leaderName: '周副县长' });
    await t.http.get(`/supervisions?minPosition=${last.position}`).set('Authorization', `Bearer ${clerk}`);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signedIn(hash: string): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('console', (message) => message.type() === 'error' && !/status of 401/.test(message.text()) && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${base}/dashboard/${hash}`);
    await page.evaluate(`sessionStorage.setItem('xinfang.dashboard.token', ${JSON.stringify(clerk)})`);
    await page.reload();
    return page;
  }

  it('shows the register with subject, unit, level, answer-by and owner, linking to the case, and the duties still to supervise', async () => {
    const page = await signedIn('#/supervision?asOf=2026-10-20');
    await page.locator('[data-view="supervision"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid="supervision-register"] tbody tr td').allInnerTexts()).toEqual([receipts[0], '逾期未报送办结报告', '县住建局', '挂牌督办（已升级）', '2026-10-30', '待反馈', '周副县长']);
    expect(await page.locator('[data-testid="supervision-proposals"] tbody tr td').allInnerTexts()).toEqual([receipts[1], validPetition().subject, '县人社局', '办结报告期限', '2026-09-20', '30']);
    expect(await page.getByRole('button', { name: '导出 Excel' }).count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, '6-supervision.png'), fullPage: true });
    await page.getByRole('link', { name: receipts[0] }).click();
    await page.locator('[data-testid="case-stage"]').waitFor();
    expect(await page.locator('body').innerText()).toContain('督办升级');
    await page.close();
  });

  it('ran without a script error', () => {
    expect(problems).toEqual([]);
  });
});

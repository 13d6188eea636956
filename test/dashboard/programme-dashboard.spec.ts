import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { programmeDriver } from '../programme/programme-driver.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { CHROMIUM, ensureDashboardBuilt, launchBrowser, listen, pngSize, SCREENSHOTS } from './dashboard-harness.js';

const haveChromium = existsSync(CHROMIUM);

/**
 * The programme ledger (积案化解台账) in the dashboard: three cases of one programme, as of
 * 2026-08-31 — a concluded housing case heard and resolved on its plan, a closed labour case resolved
 * on a written commitment, and an open housing case whose plan task is overdue.
 */
(haveChromium ? describe : describe.skip)('the programme ledger in the dashboard', () => {
  let t: TestApp;
  let base: string;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let clerk: string;
  let programmeId: string;
  const problems: string[] = [];

  beforeAll(async () => {
    ensureDashboardBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });
    t = await startTestApp();
    base = await listen(t);
    const d = await programmeDriver(t);
    clerk = d.clerk;
    ({ programmeId } = await d.openProgramme({ name: '积案化解专项行动', periodFrom: '2026-01-01', periodTo: '2026-12-31', criteria: '信访积案', targets: { enrolled: 3, resolved: 3 }, owner: '县信访局' }));
    const enrolment = { owningLeader: '周副县长', enrolledOn: '2026-04-20', targetDate: '2026-09-30' };
    const concluded = (await d.register({ name: '张某', phone: '13900005001' }, { receivedAt: '2026-01-05' })).id;
    await d.toStage(concluded, 'concluded', '2026-01-05');
    await d.enrol(programmeId, concluded, { ...enrolment, track: 'complex', reason: 'four_level' });
    const { taskIds } = await d.hearing(concluded, { scheduledOn: '2026-04-25', hearingDate: '2026-05-06', concludedOn: '2026-05-07', resolveBy: '2026-06-30', planTasks: [{ task: '补发差额', ownerUnit: 'zjj', dueOn: '2026-05-31' }] });
    await d.post(`/petitions/${concluded}/plan-tasks/${taskIds[0]}/completion`, { evidence: '转账凭证', completedOn: '2026-05-20' });
    await d.post(`/petitions/${concluded}/resolution`, { basis: 'plan_done', evidence: '方案已落实', resolvedOn: '2026-06-01' });
    const closed = (await d.register({ name: '李某', phone: '13900005002' }, { receivedAt: '2026-01-12', category: 'labour_social_security' })).id;
    await d.toStage(closed, 'closed', '2026-01-12');
    await d.enrol(programmeId, closed, { ...enrolment, owningLeader: '陈副县长', track: 'simple', reason: 'repeat' });
    await d.post(`/petitions/${closed}/resolution`, { basis: 'written_commitment', evidence: '息诉罢访承诺书', resolvedOn: '2026-05-15' });
    const open = (await d.register({ name: '王某', phone: '13900005003' }, { receivedAt: '2026-03-02' })).id;
    await d.toStage(open, 'accepted', '2026-03-02');
    await d.enrol(programmeId, open, { ...enrolment, track: 'complex', reason: 'long_standing' });
    const last = await d.hearing(open, { scheduledOn: '2026-05-02', hearingDate: '2026-05-12', concludedOn: '2026-05-13', resolveBy: '2026-07-31', planTasks: [{ task: '组织安置', ownerUnit: 'hdz', dueOn: '2026-06-30' }] });
    expect(last.taskIds).toHaveLength(1);
    await d.get('/programmes?minPosition=' + (await d.get(`/petitions/${open}`)).position);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signedIn(hash: string): Promise<Page> {
    const page = await browser.context.newPage();
    // The dashboard's look for a workbench session, before the token is set, is refused on purpose.
    page.on('console', (message) => message.type() === 'error' && !/status of 401/.test(message.text()) && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${base}/dashboard/${hash}`);
    await page.evaluate(`sessionStorage.setItem('xinfang.dashboard.token', ${JSON.stringify(clerk)})`);
    await page.reload();
    return page;
  }
  const figure = (page: Page, key: string) => page.locator(`[data-testid="programme-${key}"] .figure-value`).innerText();

  it('shows the ledger as of the chosen day: figures against targets, the enrolment grid and the owning leaders', async () => {
    const page = await signedIn(`#/programme/${programmeId}?asOf=2026-08-31`);
    await page.locator('[data-view="programme"] .chart[data-rendered="true"]').waitFor({ timeout: 15_000 });
    expect([await figure(page, 'enrolled'), await figure(page, 'heard'), await figure(page, 'resolved'), await figure(page, 'signedOff'), await figure(page, 'rebounded'), await figure(page, 'tasksOverdue')]).toEqual(['3', '2', '2', '0', '0', '1']);
    expect(await page.locator('[data-testid="programme-enrolled"] .figure-label').innerText()).toBe('纳入（目标 3）');
    // 四级访未化解 快审快办 / 模拟法庭, 信访积案 …, 重复访未化解 …
    expect(await page.locator('tr[data-category="housing_construction"] td').allInnerTexts()).toEqual(['0', '1', '0', '1', '0', '0']);
    expect(await page.locator('tr[data-category="labour_social_security"] td').allInnerTexts()).toEqual(['0', '0', '0', '0', '1', '0']);
    expect(await page.locator('tr[data-leader="周副县长"] td').allInnerTexts()).toEqual(['2', '2', '1', '0', '0', '1']);
    const shot = join(SCREENSHOTS, '5-programme-ledger.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(pngSize(shot).width).toBeGreaterThan(1400);
    await page.close();
  });

  it('counts nothing resolved before the resolutions', async () => {
    const page = await signedIn(`#/programme/${programmeId}?asOf=2026-05-10`);
    await page.locator('[data-view="programme"] .chart[data-rendered="true"]').waitFor({ timeout: 15_000 });
    expect([await figure(page, 'enrolled'), await figure(page, 'heard'), await figure(page, 'resolved')]).toEqual(['3', '1', '0']);
    await page.close();
  });

  it('ran without a script error', () => {
    expect(problems).toEqual([]);
  });
});

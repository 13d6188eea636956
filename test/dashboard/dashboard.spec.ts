import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';
import { CHROMIUM, ensureDashboardBuilt, launchBrowser, listen, pngSize, SCREENSHOTS } from './dashboard-harness.js';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`Skipping the dashboard's browser tests: ${CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk).`);

/**
 * Seven cases in 2026, judged as of 2026-04-01 (dates the calendar covers), one petitioner each so
 * that none is taken for a repeat of another:
 *  A housing, accepted 03-05 by 县自然资源局            — open, handling due 05-06
 *  B labour, received 03-02, never decided (县人社局)     — acceptance overdue since 03-17
 *  C agriculture, long-standing, received 03-18          — acceptance due 04-02: due soon
 *  D law, diverted 03-12                                  — off the books
 *  E housing, four-level, accepted 01-12 by 县住建局      — handling overdue since 03-13
 *  F labour, repeat, accepted 03-27 by 县人社局           — open
 *  G housing, opinion 03-20, closed 03-22, rated 03-25    — closed, satisfied
 */
(haveChromium ? describe : describe.skip)('the leadership dashboard in headless Chromium', () => {
  let t: TestApp;
  let base: string;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let clerk: string;
  const ids: Record<string, string> = {};
  const receipts: Record<string, string> = {};
  const problems: string[] = [];

  beforeAll(async () => {
    ensureDashboardBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });
    t = await startTestApp();
    base = await listen(t);
    clerk = await t.token('clerk', { sub: 'clerk-1', name: '李科员' });
    await seed();
    browser = await launchBrowser();
    context = browser.context;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function post(path: string, body: Record<string, unknown>, status = 200) {
    const response = await t.http.post(path).set('Authorization', `Bearer ${clerk}`).send(body);
    expect(response.status).toBe(status);
    return response.body;
  }
  async function register(key: string, body: Record<string, unknown>, index: number) {
    const petitioners = [{ name: `信访人${key}`, phone: `1380013800${index}` }];
    const registered = await post('/petitions', validPetition({ petitioners, ...body }), 201);
    ids[key] = registered.id;
    receipts[key] = registered.receiptNumber;
    return registered.id as string;
  }
  async function seed() {
    const accept = (id: string, handlingUnit: string, decidedAt: string) => post(`/petitions/${id}/acceptance`, { decision: 'accepted', handlingUnit, decidedAt });
    await accept(await register('A', { receivedAt: '2026-03-02' }, 1), '县自然资源局', '2026-03-05');
    await register('B', { receivedAt: '2026-03-02', category: 'labour_social_security', subject: '拖欠工资', responsibleUnit: '县人社局' }, 2);
    await register('C', { receivedAt: '2026-03-18', category: 'agriculture_rural', subject: '土地承包经营权纠纷', responsibleUnit: '县农业农村局', backlogKinds: ['long_standing'] }, 3);
    await post(`/petitions/${await register('D', { receivedAt: '2026-03-10', category: 'law_litigation', subject: '对判决不服' }, 4)}/acceptance`, { decision: 'diverted', toOrgan: '县人民法院', decidedAt: '2026-03-12' });
    await accept(await register('E', { receivedAt: '2026-01-10', subject: '安置房迟迟未交付', backlogKinds: ['four_level'] }, 5), '县住建局', '2026-01-12');
    await accept(await register('F', { receivedAt: '2026-03-25', category: 'labour_social_security', subject: '社保断缴', responsibleUnit: '县人社局', backlogKinds: ['repeat'] }, 6), '县人社局', '2026-03-27');
    const g = await register('G', { receivedAt: '2026-02-02', subject: '物业维修基金使用争议' }, 7);
    await accept(g, '县住建局', '2026-02-04');
    await post(`/petitions/${g}/opinion`, { outcome: 'supported', request: '公开维修基金使用明细', facts: '维修基金使用未公示', reasons: '业主有权知情', legalBasis: '《物业管理条例》第五十四条', servedOn: '2026-03-20' });
    await post(`/petitions/${g}/closure`, { outcome: 'opinion_served', closedOn: '2026-03-22' });
    const rated = await post(`/petitions/${g}/rating`, { rating: 'satisfied', ratedOn: '2026-03-25' });
    await t.http.get('/backlog').query({ minPosition: rated.position }).set('Authorization', `Bearer ${clerk}`).expect(200);
  }

  async function openPage(hash: string): Promise<Page> {
    const page = await context.newPage();
    // The token gate's check with a panel member's token is refused on purpose, and so is the look for a workbench session.
    page.on('console', (message) => message.type() === 'error' && !/status of 40[13]/.test(message.text()) && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${base}/dashboard/${hash}`);
    return page;
  }
  async function signedIn(hash: string): Promise<Page> {
    const page = await openPage(hash);
    await page.evaluate(`sessionStorage.setItem('xinfang.dashboard.token', ${JSON.stringify(clerk)})`);
    await page.reload();
    return page;
  }
  async function chartsDrawn(page: Page, view: string, count: number) {
    await page.locator(`[data-view="${view}"] .chart[data-rendered="true"]`).nth(count - 1).waitFor({ timeout: 15_000 });
  }
  async function screenshot(page: Page, name: string) {
    const file = join(SCREENSHOTS, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    const size = pngSize(file);
    expect(size.width).toBeGreaterThan(1400);
    expect(size.height).toBeGreaterThanOrEqual(600);
    expect(size.bytes).toBeGreaterThan(25_000);
    return size;
  }
  const texts = (page: Page, selector: string) => page.locator(selector).allInnerTexts();
  const attributes = async (page: Page, selector: string, name: string) => Promise.all((await page.locator(selector).all()).map((element) => element.getAttribute(name)));

  it('serves the page and its assets under helmet’s policy, with no data before a token', async () => {
    const page = await t.http.get('/dashboard/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const script = /src="(\/dashboard\/assets\/[^"]+\.js)"/.exec(page.text)?.[1];
    const asset = await t.http.get(script!);
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await t.http.get('/dashboard/assets/missing.js')).status).toBe(404);
    expect((await t.http.get('/dashboard/..%2fpackage.json')).status).toBe(404);
    expect((await t.http.get('/backlog')).status).toBe(401);
  });

  it('asks for a token, refuses one whose role may not read, and lets a clerk in', async () => {
    const page = await openPage('#/backlog?asOf=2026-04-01');
    await page.getByLabel('访问令牌').fill(await t.token('panel'));
    await page.getByRole('button', { name: '进入' }).click();
    await page.getByRole('alert').filter({ hasText: '无权查看' }).waitFor();
    await screenshot(page, '0-token-gate');
    await page.getByLabel('访问令牌').fill(clerk);
    await page.getByRole('button', { name: '进入' }).click();
    await chartsDrawn(page, 'backlog', 2);
    expect(await page.evaluate(`sessionStorage.getItem('xinfang.dashboard.token')`)).toBe(clerk);
    await page.close();
  });

  it('shows the four-category backlog as it stood on the day', async () => {
    const page = await signedIn('#/backlog?asOf=2026-04-01');
    await chartsDrawn(page, 'backlog', 2);
    expect(await page.locator('[data-testid="total-open"] .figure-value').innerText()).toBe('5');
    expect(await page.locator('[data-testid="total-overdue"] .figure-value').innerText()).toBe('2');
    expect(await page.locator('[data-testid="kind-four_level"] .figure-value').innerText()).toBe('1');
    expect(await texts(page, 'tr[data-category="housing_construction"] td')).toEqual(['2', '1', '1', '0', '0', '1']);
    expect(await texts(page, 'tr[data-category="labour_social_security"] td')).toEqual(['2', '1', '0', '0', '1', '1']);
    expect(await texts(page, 'tr[data-category="law_litigation"] td')).toEqual(['0', '0', '0', '0', '0', '0']);
    expect(await page.getByRole('img', { name: '四大类在办与超期柱状图' }).locator('canvas').count()).toBe(1);
    await screenshot(page, '1-backlog');
    await page.close();
  });

  it('lists the clocks overdue and due soon by the unit that must act', async () => {
    const page = await signedIn('#/deadlines?asOf=2026-04-01');
    await chartsDrawn(page, 'deadlines', 1);
    expect(await page.locator('[data-testid="overdue-count"] .figure-value').innerText()).toBe('2');
    expect(await page.locator('[data-testid="due-soon-count"] .figure-value').innerText()).toBe('1');
    expect(await page.locator('[data-testid="unit-count"] .figure-value').innerText()).toBe('3');
    const rows = await Promise.all((await page.locator('tbody tr').all()).map(async (row) => (await row.locator('td').allInnerTexts()).map((text) => text.trim())));
    expect(rows).toEqual([
      ['县住建局', receipts.E, '涉房涉建', '办理期限', '2026-03-13', '已超期 超期 19 天'],
      ['县人社局', receipts.B, '劳动社保', '受理期限', '2026-03-17', '已超期 超期 15 天'],
      ['县农业农村局', receipts.C, '农业农村', '受理期限', '2026-04-02', '即将到期 剩余 1 天'],
    ]);
    await screenshot(page, '2-deadlines');
    await page.getByRole('link', { name: receipts.E! }).click();
    await page.locator('[data-testid="case-stage"]').waitFor();
    expect(page.url()).toContain(`#/case/${ids.E}`);
    await page.close();
  });

  it('draws the measures month by month, as the API computes them', async () => {
    const page = await signedIn('#/measures?asOf=2026-06-30');
    await chartsDrawn(page, 'measures', 2);
    const months = await attributes(page, '[data-testid="by-month"] tbody tr', 'data-row');
    expect(months).toEqual(['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    const march = await texts(page, '[data-testid="by-month"] tr[data-row="2026-03"] td');
    expect(march[0]).toBe('66.7%（2/3）');
    expect(march[2]).toBe('100.0%（1/1）');
    expect((await texts(page, '[data-testid="by-category"] tr[data-row="labour_social_security"] td'))[0]).toBe('50.0%（1/2）');
    const year = (await t.http.get('/stats').query({ from: '2025-07-01', to: '2026-06-30' }).set('Authorization', `Bearer ${clerk}`)).body;
    expect(await page.locator('[data-testid="year-timelyAcceptance"] .figure-value').innerText()).toBe(`${(year.overall.timelyAcceptance.rate * 100).toFixed(1)}%`);
    expect(await page.locator('[data-testid="year-onTimeHandling"] .figure-value').innerText()).toBe(`${(year.overall.onTimeHandling.rate * 100).toFixed(1)}%`);
    await screenshot(page, '3-measures');
    await page.close();
  });

  it('shows a case’s steps and its statutory clocks, found by its receipt number', async () => {
    const page = await signedIn('#/case?asOf=2026-04-01');
    await page.getByRole('searchbox', { name: '受理编号或关键词' }).fill(receipts.G!);
    await page.getByRole('button', { name: '查找' }).click();
    await page.getByRole('link', { name: receipts.G! }).click();
    await chartsDrawn(page, 'case', 1);
    expect(await page.locator('[data-testid="case-stage"]').innerText()).toBe('已办结');
    expect(await texts(page, '.timeline .what')).toEqual(['登记', '受理', '出具处理意见书', '办结', '满意度评价']);
    expect(await texts(page, '.timeline .when')).toEqual(['2026-02-02', '2026-02-04', '2026-03-20', '2026-03-22', '2026-03-25']);
    expect(await page.locator('.timeline .who').first().innerText()).toBe('李科员（工作人员）');
    const clocks = await attributes(page, 'tr[data-clock]', 'data-clock');
    const states = await attributes(page, 'tr[data-clock]', 'data-state');
    expect(clocks.map((clock, index) => `${clock}:${states[index]}`).sort()).toEqual(['acceptance:met', 'handling:met', 'rating_window:used', 'review_window:open']);
    expect(await page.content()).not.toContain('13800138007');
    await screenshot(page, '4-case-timeline');
    await page.close();
  });

  it('ran every page without a script error or a blocked resource', () => {
    expect(problems).toEqual([]);
  });
});

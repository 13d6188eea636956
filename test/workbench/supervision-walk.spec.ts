import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { UserDirectory } from '../../apps/api/src/directory/user-directory.service.js';
import { CHROMIUM, launchBrowser, listen } from '../dashboard/dashboard-harness.js';
import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';
import { openWorkbook, sheetRows } from '../support/xlsx.js';
import { OPERATOR, userWithPassword } from './session-support.js';
import { ensureWorkbenchBuilt, keepScreenshot, signInOnPage, signOutOnPage, WORKBENCH_SCREENSHOTS } from './workbench-harness.js';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`Skipping the workbench's supervision walk: ${CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk).`);

const UNIT = { login: 'unit.town', name: '赵干事', code: 'town-01', unitName: '某某镇人民政府' };
const CLERK = { login: 'clerk.li', name: '李科员' };
const LEADER = { login: 'leader.zhou', name: '周副县长', post: '副县长' };
const password = (login: string) => `${login}-密码-0123456789`;

/**
 * Supervision and leaders in the workbench, in headless Chromium (README "Supervision (督查督办) and
 * leaders"): the admin creates a leader; the clerk issues a supervision from an overdue duty's proposal
 * and another on a case handed to a unit; the unit's officer answers it; the clerk finds it answered in
 * the register, exports the register as Excel, reads the month's 逾期通报 and names the leader owner of
 * the case; the leader finds it in 我的包案 and records an instruction that shows on the timeline.
 * Every screen is kept as a screenshot in test/workbench/__screenshots__ (the names start with s).
 */
(haveChromium ? describe : describe.skip)('supervision and leaders in the workbench', () => {
  let t: TestApp;
  let base: string;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  let adminPassword = '';
  let leaderPassword = '';
  const problems: string[] = [];
  let handedId = '';
  let overdueId = '';

  beforeAll(async () => {
    ensureWorkbenchBuilt();
    mkdirSync(WORKBENCH_SCREENSHOTS, { recursive: true });
    t = await startTestApp();
    base = await listen(t);
    adminPassword = (await t.app.get(UserDirectory).create(OPERATOR, 'admin', { name: '王管理员', roles: ['admin'] })).oneTimePassword;
    await userWithPassword(t, CLERK.login, { name: CLERK.name, roles: ['clerk'] }, password(CLERK.login));
    await userWithPassword(t, UNIT.login, { name: UNIT.name, roles: ['unit'], unit: UNIT.code }, password(UNIT.login));
    const admin = await t.token('admin');
    expect((await t.http.put(`/units/${UNIT.code}`).set('Authorization', `Bearer ${admin}`).send({ name: UNIT.unitName, level: 'township' })).status).toBeLessThan(300);
    // Two cases handed to the unit: one in time, one whose completion report is long overdue (a proposal).
    const clerk = await t.token('clerk', { sub: 'clerk-api', name: '登记员' });
    const handed = async (receivedAt: string, decidedAt: string, reportBy: string, subject: string) => {
      const created = await t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).send(validPetition({ receivedAt, subject, responsibleUnit: UNIT.unitName }));
      expect(created.status).toBe(201);
      const assigned = await t.http.post(`/petitions/${created.body.id}/acceptance`).set('Authorization', `Bearer ${clerk}`).send({ decision: 'assigned', toUnit: UNIT.code, reportBy, decidedAt });
      expect(assigned.status).toBe(200);
      return created.body.id as string;
    };
    overdueId = await handed('2026-09-01', '2026-09-02', '2026-09-20', '宅基地确权纠纷');
    handedId = await handed('2026-12-01', '2026-12-02', '2027-01-20', '征地补偿款未足额发放');
    browser = await launchBrowser();
    context = browser.context;
    context.on('page', (page) => {
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => message.type() === 'error' && !/status of 4\d\d/.test(message.text()) && problems.push(message.text()));
    });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const stepForm = (page: Page, step: string) => page.locator(`.step-form[data-step="${step}"]`);
  async function openForm(page: Page, label: string, step: string) {
    await page.getByRole('button', { name: label, exact: true }).click();
    await stepForm(page, step).waitFor();
    return stepForm(page, step);
  }

  it('lets the admin create a leader in 用户管理', async () => {
    const page = await signInOnPage(context, base, 'admin', adminPassword, password('admin'));
    await page.getByRole('link', { name: '用户管理' }).click();
    const form = page.getByTestId('new-user');
    await form.getByLabel('登录名').fill(LEADER.login);
    await form.getByLabel('姓名').fill(LEADER.name);
    await form.getByLabel('包案领导', { exact: true }).check();
    await form.getByRole('button', { name: '新建用户' }).click();
    const issued = page.getByTestId('one-time-password').filter({ hasText: `${LEADER.login} 的一次性密码` });
    await issued.waitFor();
    leaderPassword = await issued.locator('code').innerText();
    await page.locator(`tr[data-login="${LEADER.login}"] td`, { hasText: '包案领导' }).waitFor();
    await signOutOnPage(page);
  }, 120_000);

  it('lets the clerk issue a supervision from a proposal and another on a case handed to the unit', async () => {
    const page = await signInOnPage(context, base, CLERK.login, password(CLERK.login));
    await page.getByRole('link', { name: '督查督办' }).click();
    await page.locator('[data-screen="supervision"]').getByText('暂无数据').waitFor();
    await keepScreenshot(page, 's01-supervision-register-empty');

    await page.getByRole('tab', { name: '待督办' }).click();
    const proposal = page.getByTestId('supervision-proposals').locator(`tr[data-petition="${overdueId}"]`);
    await proposal.first().waitFor();
    expect(await proposal.first().locator('td').nth(1).innerText()).toBe('宅基地确权纠纷');
    await keepScreenshot(page, 's02-supervision-proposals');
    await proposal.first().getByRole('button', { name: '督办' }).click();
    const prefilled = stepForm(page, 'issue_supervision');
    await prefilled.waitFor();
    expect(await prefilled.getByLabel('督办事项').inputValue()).toMatch(/^超期未完成：/);
    expect(await prefilled.getByLabel('被督办单位（不填为当前承办单位）').inputValue()).toBe(UNIT.code);
    // Sent like a step: on the version the clerk saw, once however often it is clicked.
    const [sent] = await Promise.all([
      page.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith(`/petitions/${overdueId}/supervisions`)),
      prefilled.getByRole('button', { name: '提交下发督办' }).click(),
    ]);
    expect(sent.headers()['if-match']).toBe('"2"');
    expect(sent.headers()['idempotency-key']).toMatch(/^[0-9a-f]{32}$/);
    const issued = page.getByTestId('case-supervisions').locator('tbody tr');
    await issued.and(page.locator('[data-state="open"]')).waitFor();
    // Escalating before the answer-by date is refused, in Chinese, and nothing changes.
    await issued.getByRole('button', { name: '升级督办' }).click();
    const escalate = stepForm(page, 'escalate_supervision');
    await escalate.getByLabel('升级理由（逾期未反馈或反馈不到位）').fill('仍未报送办结报告');
    await escalate.getByRole('button', { name: '提交升级督办' }).click();
    await escalate.getByRole('alert').waitFor();
    expect(await escalate.getByRole('alert').innerText()).toMatch(/[\u4e00-\u9fff]/);
    expect(await issued.locator('td').nth(2).innerText()).toBe('催办');
    expect(await page.locator('.timeline .what').last().innerText()).toBe('督办');

    await page.goto(`${base}/workbench/#/case/${handedId}`);
    await page.getByTestId('case-stage').filter({ hasText: '已交办' }).waitFor();
    await page.locator('[data-screen="case"]').getByText('暂无数据').first().waitFor();
    const issue = await openForm(page, '下发督办', 'issue_supervision');
    await issue.getByLabel('督办级别').selectOption({ label: '督办' });
    await issue.getByLabel('督办事项').fill('请于一周内反馈补偿款发放进展');
    await issue.getByLabel('反馈期限').fill('2026-12-31');
    await issue.getByRole('button', { name: '提交下发督办' }).click();
    const row = page.getByTestId('case-supervisions').locator('tbody tr');
    await row.filter({ hasText: '请于一周内反馈补偿款发放进展' }).waitFor();
    expect(await row.locator('td').allInnerTexts()).toEqual(['请于一周内反馈补偿款发放进展', UNIT.unitName, '督办', '2026-12-31', '待反馈', expect.stringContaining('督办'), '录入反馈\n升级督办']);
    expect(await page.locator('.timeline .what').last().innerText()).toBe('督办');
    await keepScreenshot(page, 's03-case-supervised');
    await signOutOnPage(page);
  }, 120_000);

  it('lets the unit officer answer the supervision on the case', async () => {
    const page = await signInOnPage(context, base, UNIT.login, password(UNIT.login));
    // The inbox shows the supervision's answer clock among the case's running clocks.
    const inboxRow = page.getByTestId('inbox').locator(`tr[data-petition="${handedId}"]`);
    await inboxRow.waitFor();
    expect(await inboxRow.locator('.clock-chip').allInnerTexts()).toContainEqual(expect.stringMatching(/^督办反馈期限 2026-12-31/));
    await inboxRow.locator('a').click();
    const row = page.getByTestId('case-supervisions').locator('tbody tr');
    await row.first().waitFor();
    // The unit answers; only the bureau escalates.
    expect(await page.getByRole('button', { name: '升级督办' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '下发督办' }).count()).toBe(0);
    await row.getByRole('button', { name: '反馈' }).click();
    const answer = stepForm(page, 'answer_supervision');
    await answer.getByLabel('办理进展').fill('已核对名册，差额补偿款本月内发放到位。');
    await answer.getByLabel('预计办结日期').fill('2026-12-25');
    await keepScreenshot(page, 's04-unit-answer');
    await answer.getByRole('button', { name: '提交反馈' }).click();
    await row.and(page.locator('[data-state="answered"]')).waitFor();
    expect(await row.locator('td').nth(5).innerText()).toContain('已核对名册');
    expect(await page.locator('.timeline .what').last().innerText()).toBe('督办反馈');
    expect(await page.locator('.timeline .who').last().innerText()).toBe(`${UNIT.name}（责任单位）`);
    await signOutOnPage(page);
  }, 120_000);

  it('lets the clerk find it answered in the register, export the register, read the month’s 通报 and name the leader owner', async () => {
    const page = await signInOnPage(context, base, CLERK.login, password(CLERK.login));
    await page.getByRole('link', { name: '督查督办' }).click();
    await page.getByLabel('督办状态').selectOption({ label: '已反馈' });
    await page.getByLabel('责任单位').selectOption({ label: UNIT.unitName });
    await page.getByRole('button', { name: '查询' }).click();
    const register = page.getByTestId('supervision-register').locator('tbody tr');
    // The unfiltered page shows until the filtered one arrives.
    await register.and(page.locator('[data-state="open"]')).waitFor({ state: 'detached' });
    expect(await register.count()).toBe(1);
    expect(await register.locator('td').allInnerTexts()).toEqual([expect.stringMatching(/^XF/), '请于一周内反馈补偿款发放进展', UNIT.unitName, '督办', '2026-12-31', expect.stringMatching(/^已反馈/), '—']);
    await keepScreenshot(page, 's05-supervision-register-answered');

    const [exported] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-supervisions').click()]);
    const sheet = (await openWorkbook(readFileSync((await exported.path())!))).getWorksheet('督办台账')!;
    const [header, ...rows] = sheetRows(sheet, 3);
    expect(header).toEqual(['受理编号', '督办事项', '责任单位', '督办级别', '督办日期', '反馈期限', '反馈日期', '状态', '是否升级', '包案领导']);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(1, 4)).toEqual(['请于一周内反馈补偿款发放进展', UNIT.unitName, '督办']);
    expect(rows[0]![7]).toBe('已反馈');

    // Everything again: both supervisions, the one from the proposal still open.
    const [filtered] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-supervisions').click()]);
    expect(filtered.url()).toContain(`unit=${UNIT.code}`);
    await page.getByLabel('督办状态').selectOption({ label: '全部状态' });
    await page.getByRole('button', { name: '查询' }).click();
    await register.nth(1).waitFor();
    expect((await register.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-state')))).sort()).toEqual(['answered', 'open']);

    await page.getByRole('link', { name: '逾期通报' }).click();
    const report = page.getByTestId('overdue-report');
    await report.waitFor();
    expect(await report.locator('tbody tr td').first().innerText()).toBe(UNIT.unitName);
    await keepScreenshot(page, 's06-overdue-report');
    const pdf = await context.request.get(`${base}${await page.getByTestId('overdue-pdf').getAttribute('href')}`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByLabel('月份').fill('2020-01');
    await page.locator('[data-screen="overdue"]').getByText('暂无数据').waitFor();

    await page.goto(`${base}/workbench/#/case/${handedId}`);
    const owner = await openForm(page, '指定包案领导', 'assign_owner');
    await owner.getByLabel('包案领导').selectOption({ label: LEADER.name });
    await owner.getByLabel('职务').fill(LEADER.post);
    await owner.getByRole('button', { name: '提交包案领导' }).click();
    await page.getByTestId('case-owner').filter({ hasText: `${LEADER.name}（${LEADER.post}）` }).waitFor();
    expect(await page.locator('.timeline .what').last().innerText()).toBe('领导包案');
    await keepScreenshot(page, 's07-case-owner');
    await signOutOnPage(page);
  }, 120_000);

  it('lets the leader find the case in 我的包案 and record an instruction that shows on the timeline', async () => {
    const page = await signInOnPage(context, base, LEADER.login, leaderPassword, password(LEADER.login));
    expect(await page.locator('nav.menu a').allInnerTexts()).toEqual(['我的包案']);
    const mine = page.getByTestId('my-cases').locator('tbody tr');
    await mine.first().waitFor();
    expect(await mine.count()).toBe(1);
    expect(await mine.locator('td').allInnerTexts()).toEqual([expect.stringMatching(/^XF/), '征地补偿款未足额发放', '已交办', LEADER.post, expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]);
    await keepScreenshot(page, 's08-my-cases');
    await mine.getByRole('link').click();
    const instruct = await openForm(page, '记录批示', 'record_instruction');
    // A leader's own record is named from the session: no name to type.
    expect(await instruct.getByLabel('领导姓名').count()).toBe(0);
    await instruct.getByLabel('批示内容').fill('请镇政府牵头，月底前补发到位。');
    await instruct.getByRole('button', { name: '提交批示' }).click();
    await page.getByTestId('leader-notes').locator('[data-kind="instruction"]', { hasText: '请镇政府牵头' }).waitFor();
    expect(await page.locator('.timeline .what').last().innerText()).toBe('领导批示');
    expect(await page.locator('.timeline .who').last().innerText()).toBe(`${LEADER.name}（包案领导）`);
    expect(await page.getByTestId('leader-notes').innerText()).toContain(`${LEADER.name} 批示`);
    // No forms for the bureau's own steps, nor issuing or naming owners.
    expect(await page.getByRole('button', { name: '下发督办' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '指定包案领导' }).count()).toBe(0);
    const receive = await openForm(page, '记录接访', 'record_reception');
    await receive.getByLabel('接访地点').fill('县信访局接待大厅');
    await receive.getByLabel('接访中的批示').fill('当面答复信访人，补发到位后回访。');
    await receive.getByRole('button', { name: '提交接访' }).click();
    await page.getByTestId('leader-notes').locator('[data-kind="reception"]', { hasText: '县信访局接待大厅' }).waitFor();
    expect(await page.locator('.timeline .what').last().innerText()).toBe('领导接访');
    await keepScreenshot(page, 's09-leader-instruction');
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [hash, name] of [[`#/case/${handedId}`, 's10-leader-case-390px'], ['#/mycases', 's11-my-cases-390px']] as const) {
      await page.goto(`${base}/workbench/${hash}`);
      await page.locator('.panel').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBe(0);
      await keepScreenshot(page, name, 390);
    }
    await signOutOnPage(page);
  }, 120_000);

  it('stays usable at 390 px for the clerk’s supervision screens: the page never scrolls sideways', async () => {
    const page = await signInOnPage(context, base, CLERK.login, password(CLERK.login));
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [hash, name] of [['#/supervision', 's12-supervision-390px'], ['#/overdue', 's13-overdue-390px'], [`#/case/${handedId}`, 's14-case-supervision-390px']] as const) {
      await page.goto(`${base}/workbench/${hash}`);
      await page.locator('[data-screen]').waitFor();
      await page.locator('.panel').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBe(0);
      await keepScreenshot(page, name, 390);
    }
    await page.close();
  }, 120_000);

  it('ran every screen without a script error', () => {
    expect(problems).toEqual([]);
  });
});

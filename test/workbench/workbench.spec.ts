import { existsSync, mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { UserDirectory } from '../../apps/api/src/directory/user-directory.service.js';
import { CHROMIUM, ensureDashboardBuilt, launchBrowser, listen } from '../dashboard/dashboard-harness.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { OPERATOR } from './session-support.js';
import { ensureWorkbenchBuilt, keepScreenshot, signInOnPage, signOutOnPage, WORKBENCH_SCREENSHOTS } from './workbench-harness.js';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`Skipping the workbench's browser tests: ${CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk).`);

const PANEL = [
  { login: 'chair.liu', name: '刘主任', displayName: '刘主任（县信访局）', mayChair: true, seat: '主持人' },
  { login: 'judge.zhang', name: '张法官', displayName: '张法官（县人民法院）', mayChair: false, seat: '法官' },
  { login: 'lawyer.chen', name: '陈律师', displayName: '陈律师（县法律援助中心）', mayChair: false, seat: '律师' },
];

/**
 * One walk through the workbench in headless Chromium, as the bureau would do it on a fresh install:
 * the operator's first admin creates the users; the clerk registers and accepts a petition and
 * schedules a mock-court hearing; each panel member records an opinion; the chair concludes.
 * Every screen is kept as a screenshot in test/workbench/__screenshots__.
 */
(haveChromium ? describe : describe.skip)('the workbench in headless Chromium', () => {
  let t: TestApp;
  let base: string;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;
  const passwords: Record<string, string> = {};
  const problems: string[] = [];
  let caseId = '';

  beforeAll(async () => {
    ensureWorkbenchBuilt();
    ensureDashboardBuilt();
    mkdirSync(WORKBENCH_SCREENSHOTS, { recursive: true });
    t = await startTestApp();
    base = await listen(t);
    passwords.admin = (await t.app.get(UserDirectory).create(OPERATOR, 'admin', { name: '王管理员', roles: ['admin'] })).oneTimePassword;
    browser = await launchBrowser();
    context = browser.context;
    context.on('page', (page) => {
      page.on('pageerror', (error) => problems.push(error.message));
      // Refusals the walk provokes on purpose answer 4xx (the sign-in page's look for a session among them); anything else is a defect.
      page.on('console', (message) => message.type() === 'error' && !/status of 4\d\d/.test(message.text()) && problems.push(message.text()));
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const newPassword = (login: string) => `${login}-自设密码-2026`;
  const stepForm = (page: Page, step: string) => page.locator(`.step-form[data-step="${step}"]`);
  async function openStep(page: Page, label: string, step: string) {
    await page.getByRole('button', { name: label, exact: true }).click();
    await stepForm(page, step).waitFor();
    return stepForm(page, step);
  }

  it('lets the first admin sign in, choose a password, create the clerk and the panel members and edit a user', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${base}/workbench/`);
    await page.getByRole('button', { name: '登录' }).waitFor();
    await keepScreenshot(page, '01-sign-in');
    await page.getByLabel('登录名').fill('admin');
    await page.getByLabel('密码').fill(passwords.admin!);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('button', { name: '保存新密码' }).waitFor();
    await keepScreenshot(page, '02-first-password');
    await page.getByLabel('当前密码').fill(passwords.admin!);
    await page.getByLabel('新密码', { exact: true }).fill(newPassword('admin'));
    await page.getByLabel('再次输入新密码').fill(newPassword('admin'));
    await page.getByRole('button', { name: '保存新密码' }).click();
    await page.getByRole('link', { name: '用户管理' }).click();

    const form = page.getByTestId('new-user');
    const create = async (login: string, name: string, role: string, panel?: { displayName: string; mayChair: boolean }) => {
      await form.getByLabel('登录名').fill(login);
      await form.getByLabel('姓名').fill(name);
      await form.getByLabel(role, { exact: true }).check();
      if (panel) {
        await form.getByLabel('合议庭署名').fill(panel.displayName);
        if (panel.mayChair) await form.getByLabel('可担任听证主持人').check();
      }
      await form.getByRole('button', { name: '新建用户' }).click();
      const issued = page.getByTestId('one-time-password');
      await issued.filter({ hasText: `${login} 的一次性密码` }).waitFor();
      passwords[login] = await issued.locator('code').innerText();
    };
    await create('clerk.li', '李科员', '工作人员');
    for (const member of PANEL) await create(member.login, member.name, '合议庭成员', member);
    await page.locator('tr[data-login="lawyer.chen"]').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(5);
    await keepScreenshot(page, '03-users');
    await page.locator('tr[data-login="clerk.li"]').getByRole('button', { name: '编辑' }).click();
    await page.getByTestId('edit-user').getByLabel('包案领导', { exact: true }).check();
    await page.getByTestId('edit-user').getByRole('button', { name: '保存' }).click();
    await page.locator('tr[data-login="clerk.li"] td', { hasText: '工作人员、包案领导' }).waitFor();
    await signOutOnPage(page);
  }, 120_000);

  it('lets the clerk register and accept a petition and schedule a hearing with the panel', async () => {
    const page = await signInOnPage(context, base, 'clerk.li', passwords['clerk.li']!, newPassword('clerk.li'));
    await page.getByRole('link', { name: '案件查询' }).waitFor();
    await page.getByRole('searchbox').fill('没有这样的事项');
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('暂无数据').waitFor();

    await page.getByRole('link', { name: '登记', exact: true }).click();
    const intake = page.getByTestId('intake-form');
    await intake.getByLabel('来访方式').selectOption({ label: '走访' });
    await intake.getByLabel('收到日期').fill('2026-11-20');
    await intake.getByLabel('信访人姓名').fill('王某某');
    await intake.getByLabel('联系电话').fill('13800138000');
    await intake.getByLabel('事项标题').fill('征地补偿款未足额发放');
    await intake.getByLabel('类别').selectOption({ label: '涉房涉建' });
    await intake.getByLabel('信访内容').fill('2024年村里征地，补偿款至今只发放了一半。');
    await intake.getByLabel('诉求').fill('足额发放补偿款');
    await intake.getByLabel('责任单位').fill('某某镇人民政府');
    await keepScreenshot(page, '04-intake');
    await intake.getByRole('button', { name: '登记' }).click();
    await page.getByTestId('case-stage').filter({ hasText: '已登记' }).waitFor();
    caseId = decodeURIComponent(page.url().split('#/case/')[1]!);
    await keepScreenshot(page, '05-case-registered');

    const accept = await openStep(page, '受理', 'accept');
    await accept.getByLabel('承办单位').fill('某某镇人民政府');
    await accept.getByLabel('决定日期').fill('2026-11-23');
    await accept.getByRole('button', { name: '提交受理' }).click();
    await page.getByTestId('case-stage').filter({ hasText: '办理中' }).waitFor();
    await page.locator('[data-document="acceptance-notice"]').waitFor();

    const schedule = await openStep(page, '安排模拟法庭听证', 'schedule_hearing');
    await schedule.getByLabel('开庭日期').fill('2026-11-30');
    await schedule.getByLabel('安排日期').fill('2026-11-25');
    for (const [index, member] of PANEL.entries()) {
      await schedule.getByLabel(`第${index + 1}位成员`, { exact: true }).selectOption({ label: member.displayName });
      expect(await schedule.getByLabel(`第${index + 1}位成员的角色`).locator('option:checked').innerText()).toBe(member.seat);
    }
    await keepScreenshot(page, '06-schedule-hearing');
    await schedule.getByRole('button', { name: '安排听证' }).click();
    await page.locator('.hearing[data-status="scheduled"]').waitFor();
    expect(await page.locator('.hearing .seat-name').allInnerTexts()).toEqual(PANEL.map((member) => `${member.displayName}（${member.seat}）`));
    expect(await page.locator('.timeline .what').allInnerTexts()).toEqual(['登记', '受理', '安排模拟法庭听证']);
    expect(await page.locator('.timeline .who').first().innerText()).toBe('李科员（工作人员）');
    await keepScreenshot(page, '07-case-hearing-scheduled');

    const notice = await page.locator('[data-document="acceptance-notice"] a', { hasText: '预览' }).getAttribute('href');
    const preview = await context.request.get(`${base}${notice}`);
    expect(preview.status()).toBe(200);
    expect(await preview.text()).toContain('受理告知书');

    await page.getByRole('link', { name: '案件查询' }).click();
    await page.getByRole('link', { name: /^XF/ }).first().waitFor();
    await keepScreenshot(page, '08-case-list');
    await page.getByRole('link', { name: '期限预警' }).click();
    await page.locator('[data-screen="deadlines"] .pager').waitFor();
    await keepScreenshot(page, '09-deadlines');
    await page.getByRole('link', { name: '领导研判' }).click();
    await page.locator('[data-view="backlog"]').waitFor();
    expect(await page.getByLabel('访问令牌').count()).toBe(0);
    await page.goto(`${base}/workbench/`);
    await signOutOnPage(page);
  }, 120_000);

  it('lets each panel member find the hearing and record an opinion, and the chair conclude', async () => {
    const opinions = ['部分支持', '支持', '不支持'];
    for (const [index, member] of [...PANEL].reverse().entries()) {
      const page = await signInOnPage(context, base, member.login, passwords[member.login]!, newPassword(member.login));
      const row = page.locator('[data-screen="hearings"] tbody tr');
      await row.first().waitFor();
      expect(await row.count()).toBe(1);
      if (index === 0) await keepScreenshot(page, '10-my-hearings');
      await row.getByRole('link').click();
      const form = await openStep(page, '发表个人意见', 'record_panel_opinion');
      await form.getByLabel('意见').selectOption({ label: opinions[index]! });
      await form.getByLabel('理由').fill(`${member.name}的意见：补偿标准应依法核定`);
      await form.getByRole('button', { name: '提交发表个人意见' }).click();
      await page.locator(`.hearing li[data-member] .opinion`, { hasText: `${member.name}的意见` }).waitFor();
      expect(await page.getByRole('button', { name: '发表个人意见', exact: true }).count()).toBe(0);
      if (member.mayChair) {
        await keepScreenshot(page, '11-opinions-recorded');
        const conclude = await openStep(page, '合议结论', 'conclude_hearing');
        await conclude.getByLabel('合议结论').selectOption({ label: '部分支持' });
        await conclude.getByLabel('查明事实').fill('补偿款确未足额发放');
        await conclude.getByLabel('化解方案').fill('镇政府于限期内补发差额');
        await conclude.getByLabel('限期办结日期').fill('2026-12-20');
        await conclude.getByRole('button', { name: '提交合议结论' }).click();
        await page.getByTestId('hearing-conclusion').waitFor();
        await keepScreenshot(page, '12-hearing-concluded');
      } else {
        expect(await page.getByRole('button', { name: '合议结论', exact: true }).count()).toBe(0);
      }
      await signOutOnPage(page);
    }
    const clerk = await t.token('clerk');
    const found = (await t.http.get(`/petitions/${caseId}`).set('Authorization', `Bearer ${clerk}`)).body;
    const hearing = found.petition.hearings[0];
    expect(hearing.status).toBe('concluded');
    expect(hearing.opinions).toHaveLength(3);
    const ids = (await t.sql.query<{ id: string; login: string }>('SELECT id, login FROM directory_users')).rows;
    const idOf = (login: string) => ids.find((row) => row.login === login)!.id;
    expect(hearing.panel.map((seat: { memberId: string }) => seat.memberId)).toEqual(PANEL.map((member) => idOf(member.login)));
    expect(found.steps.at(-1).actor).toEqual({ id: idOf('chair.liu'), name: '刘主任', role: 'panel' });
  }, 180_000);

  it('stays usable at 390 px: the page never scrolls sideways', async () => {
    const page = await signInOnPage(context, base, 'clerk.li', newPassword('clerk.li'));
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [hash, name] of [[`#/case/${caseId}`, '13-case-390px'], ['#/intake', '14-intake-390px'], ['#/cases', '15-case-list-390px']] as const) {
      await page.goto(`${base}/workbench/${hash}`);
      await page.locator('[data-screen]').waitFor();
      await page.locator('.panel').first().waitFor();
      await page.waitForLoadState('networkidle');
      // Wide tables scroll inside their own box; the page itself never scrolls sideways.
      expect(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBe(0);
      await keepScreenshot(page, name, 390);
    }
    await page.close();
  }, 120_000);

  it('ran every screen without a script error', () => {
    expect(problems).toEqual([]);
  });
});

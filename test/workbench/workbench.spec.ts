import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { UserDirectory } from '../../apps/api/src/directory/user-directory.service.js';
import { CHROMIUM, ensureDashboardBuilt, launchBrowser, listen } from '../dashboard/dashboard-harness.js';
import { samplePdf } from '../case-file/sample-files.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { openWorkbook, sheetRows } from '../support/xlsx.js';
import { OPERATOR } from './session-support.js';
import { ensureWorkbenchBuilt, keepScreenshot, signInOnPage, signOutOnPage, WORKBENCH_SCREENSHOTS } from './workbench-harness.js';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`Skipping the workbench's browser tests: ${CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk).`);

const PANEL = [
  { login: 'chair.liu', name: '刘主任', displayName: '刘主任（县信访局）', mayChair: true, seat: '主持人' },
  { login: 'judge.zhang', name: '张法官', displayName: '张法官（县人民法院）', mayChair: false, seat: '法官' },
  { login: 'lawyer.chen', name: '陈律师', displayName: '陈律师（县法律援助中心）', mayChair: false, seat: '律师' },
];

const UNIT = { login: 'unit.town', name: '赵干事', code: 'town-01', unitName: '某某镇人民政府' };

/**
 * One walk through the workbench in headless Chromium, as the bureau would do it on a fresh install:
 * the operator's first admin creates the users; the clerk registers and accepts a petition and
 * schedules a mock-court hearing; each panel member records an opinion; the chair concludes; the
 * clerk issues and downloads a document, attaches a letter, exports the list as Excel and registers
 * a batch from the Excel template, assigning one case to a unit; the unit's officer finds the cases
 * in its inbox and signs for the assigned one.
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
    const create = async (login: string, name: string, role: string, panel?: { displayName: string; mayChair: boolean }, unit?: string) => {
      await form.getByLabel('登录名').fill(login);
      await form.getByLabel('姓名').fill(name);
      await form.getByLabel(role, { exact: true }).check();
      if (unit) await form.getByLabel('单位代码').fill(unit);
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
    await create(UNIT.login, UNIT.name, '责任单位', undefined, UNIT.code);
    await page.locator(`tr[data-login="${UNIT.login}"]`).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(6);
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

  it('lets the clerk issue and download a document, attach a letter, export the list as Excel and register a batch from the template', async () => {
    const page = await signInOnPage(context, base, 'clerk.li', newPassword('clerk.li'));
    await page.goto(`${base}/workbench/#/case/${caseId}`);
    const notice = page.locator('[data-document="acceptance-notice"]');
    await notice.getByRole('button', { name: '出具' }).click();
    const issued = notice.locator('a[data-issued]');
    await issued.waitFor();
    const [pdf] = await Promise.all([page.waitForEvent('download'), issued.click()]);
    expect(readFileSync((await pdf.path())!).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.suggestedFilename()).toMatch(/^信受字〔\d{4}〕1号\.pdf$/);

    await page.getByLabel('材料种类').selectOption({ label: '来信' });
    await page.getByLabel('选择文件').setInputFiles({ name: '王某某来信.pdf', mimeType: 'application/pdf', buffer: await samplePdf('Letter of petition') });
    await page.getByRole('button', { name: '上传', exact: true }).click();
    await page.getByTestId('attachments').getByText('王某某来信.pdf').waitFor();
    await keepScreenshot(page, '13-case-file');

    await page.getByRole('link', { name: '案件查询' }).click();
    await page.getByRole('link', { name: /^XF/ }).first().waitFor();
    const [exported] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-list').click()]);
    const sheet = (await openWorkbook(readFileSync((await exported.path())!))).getWorksheet('案件列表')!;
    const [header, ...rows] = sheetRows(sheet);
    expect(header!.slice(0, 7)).toEqual(['登记编号', '登记日期', '信访事项', '信访人', '类别', '信访形式', '办理阶段']);
    const listed = (await (await context.request.get(`${base}/petitions?limit=200`)).json()) as { items: { receiptNumber: string }[] };
    expect(rows.map((row) => row[0])).toEqual(listed.items.map((item) => item.receiptNumber));
    expect(rows[0]!.slice(1, 7)).toEqual(['2026-11-20', '征地补偿款未足额发放', '王某某', '涉房涉建', '走访', '办理中']);

    await page.getByRole('link', { name: '登记', exact: true }).click();
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载模板' }).click()]);
    const workbook = await openWorkbook(readFileSync((await template.path())!));
    workbook.worksheets[0]!.addRow(['来信', '2026-11-25', '李秀英', null, '13900001111', null, null, '宅基地确权纠纷', '农业农村', '与邻居宅基地界线不清。', '依法确权', UNIT.unitName, null]);
    workbook.worksheets[0]!.addRow(['走访', '2026-11-26', '赵六', null, null, null, null, null, '涉房涉建', '内容', '诉求', UNIT.unitName, null]);
    await page.getByLabel('选择已填写的模板').setInputFiles({ name: '批量登记.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await workbook.xlsx.writeBuffer()) });
    await page.getByRole('button', { name: '提交 2 行' }).click();
    await page.getByTestId('batch-summary').filter({ hasText: '已登记 1 行，未登记 1 行' }).waitFor();
    expect(await page.getByTestId('batch-results').locator('tbody tr').last().innerText()).toContain('信访事项（subject）为必填项');
    await keepScreenshot(page, '14-batch-intake');

    await page.getByTestId('batch-results').getByRole('link', { name: /^XF/ }).click();
    await page.getByTestId('case-stage').filter({ hasText: '已登记' }).waitFor();
    const assign = await openStep(page, '交办', 'assign');
    await assign.getByLabel('接收单位').fill(UNIT.code);
    await assign.getByLabel('报送办结报告期限').fill('2027-01-20');
    await assign.getByRole('button', { name: '提交交办' }).click();
    await page.getByTestId('case-stage').filter({ hasText: '已交办' }).waitFor();
    await signOutOnPage(page);
  }, 180_000);

  it('lets a unit officer find the unit’s cases in its inbox, sign for the assigned one, notify the petitioner, attach and file the completion report', async () => {
    const admin = await t.token('admin');
    expect((await t.http.put(`/units/${UNIT.code}`).set('Authorization', `Bearer ${admin}`).send({ name: UNIT.unitName, level: 'township' })).status).toBeLessThan(300);
    const page = await signInOnPage(context, base, UNIT.login, passwords[UNIT.login]!, newPassword(UNIT.login));
    expect(await page.locator('nav.menu a').allInnerTexts()).toEqual(['本单位案件']);
    const rows = page.getByTestId('inbox').locator('tbody tr');
    await rows.nth(1).waitFor();
    expect(await rows.locator('td:nth-child(2)').allInnerTexts()).toEqual(['宅基地确权纠纷', '征地补偿款未足额发放']);
    await keepScreenshot(page, '15-unit-inbox');

    await rows.first().getByRole('link').click();
    await page.getByTestId('case-stage').filter({ hasText: '已交办' }).waitFor();
    expect(await page.locator('.step-buttons button').allInnerTexts()).toEqual(['签收', '提出异议']);
    const sign = await openStep(page, '签收', 'sign_for_case');
    await sign.getByRole('button', { name: '提交签收' }).click();
    await page.getByRole('button', { name: '书面告知信访人', exact: true }).waitFor();
    expect(await page.locator('.timeline .who').last().innerText()).toBe(`${UNIT.name}（责任单位）`);
    // The unit's own clock, started by its receipt, on the case page it reads.
    expect(await page.locator('tr[data-clock="unit_notice"] td').allInnerTexts()).toEqual(['书面告知期限', '责任单位', expect.any(String), expect.any(String), '进行中']);
    const notify = await openStep(page, '书面告知信访人', 'notify_petitioner');
    await notify.getByLabel('告知是否受理').selectOption({ label: '受理' });
    await notify.getByRole('button', { name: '提交书面告知信访人' }).click();
    await page.locator('.timeline .what', { hasText: '责任单位书面告知' }).waitFor();
    await page.getByLabel('材料种类').selectOption({ label: '办结报告' });
    await page.getByLabel('选择文件').setInputFiles({ name: '办结报告.pdf', mimeType: 'application/pdf', buffer: await samplePdf('Completion report') });
    await page.getByRole('button', { name: '上传', exact: true }).click();
    await page.getByTestId('attachments').getByText('办结报告.pdf').waitFor();
    const report = await openStep(page, '报送办结报告', 'report_completion');
    await report.getByLabel('办理情况和结果').fill('已现场勘测，依法确权并书面答复。');
    await report.getByRole('button', { name: '提交报送办结报告' }).click();
    await page.locator('.timeline .what', { hasText: '报送办结报告' }).waitFor();
    expect(await page.locator('.timeline .what').allInnerTexts()).toEqual(['登记', '交办', '责任单位签收', '责任单位书面告知', '受理', '添加卷宗材料', '报送办结报告']);
    await keepScreenshot(page, '16-unit-case');
    await signOutOnPage(page);
  }, 120_000);

  it('stays usable at 390 px: the page never scrolls sideways', async () => {
    const page = await signInOnPage(context, base, 'clerk.li', newPassword('clerk.li'));
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [hash, name] of [[`#/case/${caseId}`, '17-case-390px'], ['#/intake', '18-intake-390px'], ['#/cases', '19-case-list-390px']] as const) {
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

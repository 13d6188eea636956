import { startTestApp, type TestApp } from '../support/test-app.js';
import { caseDriver, type CaseDriver, OPINION, residentIdNumber } from './case-driver.js';

const BUREAU = '射阳县信访局';
const ID_NUMBER = '11010519491231002X';

/** 一键生成文书 as HTML: every kind from a case's events, the steps it needs, escaping, roles, and who rendered what. */
describe('case documents (HTML)', () => {
  let t: TestApp;
  let cases: CaseDriver;
  let auditor: string;
  let wholeCase: string;
  let receipt: string;

  beforeAll(async () => {
    const before = process.env.BUREAU_NAME;
    process.env.BUREAU_NAME = BUREAU;
    try {
      t = await startTestApp();
    } finally {
      if (before === undefined) delete process.env.BUREAU_NAME;
      else process.env.BUREAU_NAME = before;
    }
    cases = await caseDriver(t);
    auditor = await t.token('auditor', { sub: 'auditor-1', name: '纪检王' });
    wholeCase = await cases.wholeLifecycle({ petitioners: [{ name: '王某某', idNumber: ID_NUMBER, address: '射阳县某镇某村' }] });
    receipt = (await t.http.get(`/petitions/${wholeCase}`).set('Authorization', `Bearer ${cases.clerk}`)).body.petition.receiptNumber;
  });
  afterAll(async () => t.close());

  async function documentOf(id: string, kind: string, query: Record<string, string> = {}, token = cases.clerk) {
    return t.http.get(`/petitions/${id}/documents/${kind}`).query(query).set('Authorization', `Bearer ${token}`).set('Accept', 'text/html');
  }

  /** The document's text without tags, to assert on what a reader sees. */
  async function textOf(id: string, kind: string, query: Record<string, string> = {}) {
    const response = await documentOf(id, kind, query);
    expect({ status: response.status, body: response.status === 200 ? undefined : response.body }).toEqual({ status: 200, body: undefined });
    return response.text.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, '').replace(/\s*\n\s*/g, '');
  }

  it('lays out print-ready A4 HTML in Chinese, with the bureau, the receipt number and the date of the step', async () => {
    const response = await documentOf(wholeCase, 'acceptance-notice');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.text).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(response.text).toContain('@page { size: A4;');
    expect(response.text).toContain('Noto Serif CJK SC');
    const text = await textOf(wholeCase, 'acceptance-notice');
    expect(text).toContain(BUREAU);
    expect(text).toContain('受理告知书');
    expect(text).toContain(`受理编号：${receipt}`);
    expect(text).toContain('2026年3月5日');
  });

  it('受理告知书: who, what was asked, when accepted, by which unit, and the 60-day handling period', async () => {
    const text = await textOf(wholeCase, 'acceptance-notice');
    expect(text).toContain('王某某：');
    expect(text).toContain('你（们）于2026年3月2日通过走访方式提出的“征地补偿款未足额发放”信访事项');
    expect(text).toContain('已于2026年3月5日依法受理，由某某镇人民政府负责办理');
    expect(text).toMatch(/60日内办结，即应当于2026年\d{1,2}月\d{1,2}日前办结/);
  });

  it('延期告知书: the days, reason, approver and the extended deadline', async () => {
    const text = await textOf(wholeCase, 'extension-notice');
    expect(text).toContain('延期告知书');
    expect(text).toContain('经赵局长批准');
    expect(text).toContain('办理期限延长15日');
    expect(text).toMatch(/延长后的办结期限为2026年5月\d{1,2}日/);
    expect(text).toContain('延期理由：需补充调查补偿台账');
    expect(text).toContain('2026年4月10日');
  });

  it('听证笔录: the latest concluded hearing by default, another by hearingId, each with every panel opinion and the conclusion', async () => {
    const view = (await t.http.get(`/petitions/${wholeCase}`).set('Authorization', `Bearer ${cases.clerk}`)).body;
    const [handlingHearing] = view.petition.hearings.map((hearing: { hearingId: string }) => hearing.hearingId);

    const latest = await textOf(wholeCase, 'hearing-record');
    expect(latest).toContain('模拟法庭听证笔录');
    expect(latest).toContain('听证阶段：复核');
    expect(latest).toContain('听证时间：2026年6月19日');

    const first = await textOf(wholeCase, 'hearing-record', { hearingId: handlingHearing });
    expect(first).toContain('听证阶段：办理');
    expect(first).toContain('听证地点：县信访局模拟法庭');
    expect(first).toContain('主持人：王主任');
    expect(first).toContain('张法官（法官）、刘律师（律师）');
    expect(first).toContain('代理律师：陈律师');
    expect(first).toContain(`信访人：王某某，公民身份号码：${ID_NUMBER}，住址：射阳县某镇某村。`);
    expect(first).toContain('王主任主持人部分支持补偿标准偏低，但部分诉求缺乏依据2026年3月17日');
    expect(first).toContain('张法官法官支持依据土地管理法应足额补偿2026年3月17日');
    expect(first).toContain('刘律师律师不支持已超过协议约定期限2026年3月17日');
    expect(first).toContain('经合议，对信访人的请求：部分支持。');
    expect(first).toContain('查明事实：补偿款发放不足属实');
    expect(first).toContain('化解方案：镇政府限期补发差额');
    expect(first).toContain('责任单位应当于2026年4月15日前办结');
    expect(first).toContain('2026年3月18日');
  });

  it('听证笔录 of an accusation names no accuser: the record goes to the panel and the units (Art. 30)', async () => {
    const accuser = residentIdNumber('32092419800101123');
    const { id } = await cases.register({ petitioners: [{ name: '举报人甲', idNumber: accuser, address: '射阳县某镇某村' }], subject: '检举某站所负责人违规收费' });
    await cases.step(`/petitions/${id}/acceptance`, { decision: 'accepted', handlingUnit: '县纪委监委', decidedAt: '2026-03-05', claimType: 'accusation' });
    await cases.hold(id, { scheduledOn: '2026-03-10', hearingDate: '2026-03-17', concludedOn: '2026-03-18', resolveBy: '2026-04-15' });
    const record = await textOf(id, 'hearing-record');
    expect(record).toContain('信访人：检举、揭发人身份依法保密');
    expect(record).not.toContain('举报人甲');
    expect(record).not.toContain(accuser);
    expect(await textOf(id, 'acceptance-notice')).toContain('举报人甲');
  });

  it('调解协议书: the terms, each obligation with its due date, and who asked to delay a session', async () => {
    const text = await textOf(wholeCase, 'mediation-agreement');
    expect(text).toContain('调解协议书');
    expect(text).toContain('调解组织（调解员）：县人民调解委员会');
    expect(text).toContain('自2026年3月20日起在县人民调解委员会主持下进行调解，共调解1次');
    expect(text).toContain('镇政府补发补偿款差额人民币三万元');
    expect(text).toContain('某某镇人民政府补发差额三万元2026年4月30日');
    expect(text).toContain('责任单位：镇政府需核对账目');
    expect(text).toContain('2026年4月1日');
  });

  it('处理意见书: request, facts, reasons, decision and legal basis (Art. 32), with the 30-day right of review', async () => {
    const text = await textOf(wholeCase, 'handling-opinion');
    expect(text).toContain('信访事项处理意见书');
    expect(text).toContain(`一、信访请求${OPINION.request}`);
    expect(text).toContain(`二、查明的事实${OPINION.facts}`);
    expect(text).toContain(`三、处理理由${OPINION.reasons}`);
    expect(text).toContain('四、处理意见对你（们）的信访请求予以支持。');
    expect(text).toContain(`五、法律依据${OPINION.legalBasis}`);
    expect(text).toContain('本事项于2026年3月17日经模拟法庭听证评议，合议结论为部分支持。');
    expect(text).toMatch(/可以自收到本意见书之日起30日内（即2026年5月\d{1,2}日前），向某某镇人民政府的上一级机关、单位请求复查（《信访工作条例》第三十五条）/);
    expect(text).toContain('2026年4月20日');
  });

  it('复查意见书 and 复核意见书: the request, the reasons, the outcome, and what may follow', async () => {
    const review = await textOf(wholeCase, 'review-opinion');
    expect(review).toContain('信访事项复查意见书');
    expect(review).toContain('县人民政府');
    expect(review).toContain('王某某不服某某镇人民政府于2026年4月20日就“征地补偿款未足额发放”信访事项作出的处理意见，于2026年5月6日提出复查请求');
    expect(review).toContain('二、复查请求及理由补发金额计算有误');
    expect(review).toContain('三、复查理由原处理意见并无不当');
    expect(review).toContain('维持某某镇人民政府作出的原处理意见。');
    expect(review).toMatch(/30日内（即2026年6月\d{1,2}日前），向本机关的上一级机关、单位请求复核/);

    const final = await textOf(wholeCase, 'final-review-opinion');
    expect(final).toContain('信访事项复核意见书');
    expect(final).toContain('市信访局');
    expect(final).toContain('王某某不服县人民政府于2026年5月28日');
    expect(final).toContain('本事项于2026年6月19日经模拟法庭听证评议，合议结论为部分支持。');
    expect(final).toContain('三、复核理由差额计算应予更正');
    expect(final).toContain('变更县人民政府作出的复查意见。');
    expect(final).toContain('本复核意见为终结意见');
    expect(final).toContain('2026年7月1日');
  });

  it('不予受理告知书: the reason, and for a diverted 涉法涉诉 matter the organ it went to', async () => {
    const refused = await cases.register();
    await cases.step(`/petitions/${refused.id}/acceptance`, { decision: 'not_accepted', reason: '该事项已经依法处理终结', decidedAt: '2026-03-06' });
    const text = await textOf(refused.id, 'non-acceptance-notice');
    expect(text).toContain('不予受理告知书');
    expect(text).toContain('决定不予受理');
    expect(text).toContain('不予受理的理由：该事项已经依法处理终结');
    expect(text).toContain('2026年3月6日');

    const diverted = await cases.register({ category: 'law_litigation', subject: '不服法院判决' });
    await cases.step(`/petitions/${diverted.id}/acceptance`, { decision: 'diverted', toOrgan: '县人民法院', reason: '属于诉讼程序解决的事项', decidedAt: '2026-03-04' });
    const divertedText = await textOf(diverted.id, 'non-acceptance-notice');
    expect(divertedText).toContain('导入县人民法院依法处理');
  });

  it('refuses with 409 naming the stage a document for a step the case has not reached', async () => {
    const registered = await cases.register();
    const early = await documentOf(registered.id, 'acceptance-notice');
    expect(early.status).toBe(409);
    expect(early.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(early.body).toMatchObject({ status: 409, stage: 'registered', document: 'acceptance-notice', requires: 'accept' });

    await cases.step(`/petitions/${registered.id}/acceptance`, { decision: 'accepted', handlingUnit: '某某镇人民政府', decidedAt: '2026-03-05' });
    for (const [kind, requires] of [
      ['handling-opinion', 'issue_opinion'], ['extension-notice', 'extend'], ['mediation-agreement', 'record_mediation_agreement'], ['hearing-record', 'conclude_hearing'],
      ['review-opinion', 'issue_review_opinion'], ['final-review-opinion', 'issue_final_review_opinion'], ['non-acceptance-notice', 'not_accept'],
    ]) {
      const response = await documentOf(registered.id, kind!);
      expect({ kind, status: response.status, body: response.body }).toMatchObject({ kind, status: 409, body: { stage: 'accepted', document: kind, requires } });
    }

    const scheduled = await cases.step(`/petitions/${registered.id}/hearings`, {
      scheduledOn: '2026-03-10', hearingDate: '2026-03-17', venue: '县信访局', panel: [{ memberId: 'panel-chair', name: '王主任', role: 'chair' }, { memberId: 'panel-judge', name: '张法官', role: 'judge' }, { memberId: 'panel-lawyer', name: '刘律师', role: 'lawyer' }],
      attendees: { petitioner: true, responsibleUnit: '某某镇人民政府' },
    }, cases.clerk, 201);
    const open = await documentOf(registered.id, 'hearing-record', { hearingId: scheduled.body.hearingId as string });
    expect(open.status).toBe(409);
    expect(open.body).toMatchObject({ stage: 'accepted', requires: 'conclude_hearing', hearingStatus: 'scheduled' });
  });

  it('escapes every value from the case: a subject with <script> prints as text', async () => {
    const hostile = await cases.register({
      subject: '<script>alert("x")</script>补偿款',
      content: '<img src=x onerror=alert(1)> & "引号"',
      petitioners: [{ name: '</p><b>王某某</b>', phone: '13900009999', address: "村'><iframe>" }],
    });
    await cases.step(`/petitions/${hostile.id}/acceptance`, { decision: 'accepted', handlingUnit: '<i>镇政府</i>', decidedAt: '2026-03-05' });
    const response = await documentOf(hostile.id, 'acceptance-notice');
    expect(response.status).toBe(200);
    expect(response.text).toContain('“&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;补偿款”');
    expect(response.text).toContain('&lt;/p&gt;&lt;b&gt;王某某&lt;/b&gt;');
    expect(response.text).toContain('由&lt;i&gt;镇政府&lt;/i&gt;负责办理');
    for (const tag of ['<script', '<b>', '<i>', '<img', '<iframe']) expect(response.text).not.toContain(tag);
  });

  it('shows personal data erased at the subject’s request as erased', async () => {
    const admin = await t.token('admin', { sub: 'admin-1' });
    const accepted = await cases.register({ petitioners: [{ name: '王某某', idNumber: '110105194912310046', address: '射阳县某镇某村' }] });
    await cases.step(`/petitions/${accepted.id}/acceptance`, { decision: 'accepted', handlingUnit: '某某镇人民政府', decidedAt: '2026-03-05' });
    await cases.step(`/petitions/${accepted.id}/opinion`, { ...OPINION, servedOn: '2026-03-20' });
    await cases.step(`/petitions/${accepted.id}/personal-data/erasure`, { legalBasis: '当事人依法申请删除' }, admin);
    const text = await textOf(accepted.id, 'handling-opinion');
    expect(text).toContain('信访人：王某某，公民身份号码：（已依法删除），住址：（已依法删除）。');
    expect(text).not.toContain('110105194912310046');
  });

  it('answers 404 for an unknown kind, case or hearing, 406 for an unacceptable type, and refuses panel members', async () => {
    const unknownKind = await documentOf(wholeCase, 'birthday-card');
    expect(unknownKind.status).toBe(404);
    expect(unknownKind.body.kinds).toContain('handling-opinion');
    expect((await documentOf('7d3c5a8e-0000-4000-8000-000000000000', 'acceptance-notice')).status).toBe(404);
    expect((await documentOf(wholeCase, 'hearing-record', { hearingId: '7d3c5a8e-0000-4000-8000-000000000000' })).status).toBe(404);
    const json = await t.http.get(`/petitions/${wholeCase}/documents/acceptance-notice`).set('Authorization', `Bearer ${cases.clerk}`).set('Accept', 'application/json');
    expect(json.status).toBe(406);
    expect((await documentOf(wholeCase, 'acceptance-notice', { format: 'docx' })).status).toBe(400);
    expect((await documentOf(wholeCase, 'acceptance-notice', {}, auditor)).status).toBe(200);
    const panel = await t.token('panel', { sub: 'panel-chair' });
    expect((await documentOf(wholeCase, 'hearing-record', {}, panel)).status).toBe(403);
  });

  it('records who rendered which document, and when, in the access log', async () => {
    const accepted = await cases.register();
    await cases.step(`/petitions/${accepted.id}/acceptance`, { decision: 'accepted', handlingUnit: '某某镇人民政府', decidedAt: '2026-03-05' });
    await documentOf(accepted.id, 'acceptance-notice', { format: 'html' }, auditor);
    await documentOf(accepted.id, 'handling-opinion', {}, auditor);
    const log = await t.http.get('/audit/access-log').query({ petitionId: accepted.id }).set('Authorization', `Bearer ${auditor}`);
    expect(log.status).toBe(200);
    expect(log.body.records).toEqual([
      expect.objectContaining({ what: 'document', actor: { id: 'auditor-1', name: '纪检王', role: 'auditor' }, detail: { kind: 'acceptance-notice', format: 'html', version: 2 }, accessedAt: expect.any(String) }),
    ]);
  });
});

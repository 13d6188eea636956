import ExcelJS from 'exceljs';
import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';
import { pdfText, withPdfTools } from '../support/pdf-tools.js';

interface HistoryEvent {
  type: string;
  data: Record<string, string>;
}

const binary = (response: NodeJS.ReadableStream & { setEncoding(encoding: string): void }, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};

/** DOMAIN.md "Supervision and leaders" over HTTP: from an overdue assignment to the month's overdue report. */
describe('supervision (督查督办), leaders and the monthly overdue report over HTTP', () => {
  let t: TestApp;
  let clerk: string;
  let auditor: string;
  let township: string;
  let otherUnit: string;
  let leader: string;
  let otherLeader: string;

  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.token('clerk', { sub: 'clerk-1', name: '李科员' });
    auditor = await t.token('auditor', { sub: 'auditor-1', name: '审计' });
    township = await t.token('unit', { sub: 'officer-1', name: '镇信访办张', unit: 'hd-town' });
    otherUnit = await t.token('unit', { sub: 'officer-9', name: '教育局王', unit: 'jw-bureau' });
    leader = await t.token('leader', { sub: 'leader-1', name: '周建华' });
    otherLeader = await t.token('leader', { sub: 'leader-2', name: '李明' });
    const admin = await t.token('admin', { sub: 'admin-1', name: '管理员' });
    for (const [code, name] of [['hd-town', '合德镇人民政府'], ['jw-bureau', '射阳县教育局']] as const) {
      expect((await t.http.put(`/units/${code}`).set('Authorization', `Bearer ${admin}`).send({ name, level: 'township' })).status).toBe(201);
    }
  });
  afterAll(async () => t.close());

  const as = (token: string) => ({
    post: (path: string, body: object) => t.http.post(path).set('Authorization', `Bearer ${token}`).send(body),
    get: (path: string) => t.http.get(path).set('Authorization', `Bearer ${token}`),
  });

  async function ok(response: { status: number; body: Record<string, unknown> }, status = 200): Promise<Record<string, unknown>> {
    if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body;
  }

  async function nothingAppended(request: () => PromiseLike<{ status: number; body: Record<string, unknown>; headers: Record<string, string> }>, status: number) {
    const before = await t.eventCount();
    const response = await request();
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
    expect(await t.eventCount()).toBe(before);
    return response.body;
  }

  /** A case assigned to the township on 2026-09-02 with a completion report due 2026-09-20 that never comes. */
  async function overdueAssignment(): Promise<{ id: string; position: string }> {
    const id = (await ok(await as(clerk).post('/petitions', validPetition({ responsibleUnit: 'hd-town', receivedAt: '2026-09-01' })), 201)).id as string;
    const assigned = await ok(await as(clerk).post(`/petitions/${id}/acceptance`, { decision: 'assigned', toUnit: 'hd-town', reportBy: '2026-09-20', decidedAt: '2026-09-02', claimType: 'claim' }));
    return { id, position: assigned.position as string };
  }

  /** The month's figures for one unit counted from the case's own events, as a person would from the paper file. */
  async function countedFromEvents(id: string, month: string) {
    const history = (await ok(await as(auditor).get(`/petitions/${id}/history?limit=200`))).events as HistoryEvent[];
    const inMonth = (date: string | undefined) => date?.startsWith(month) ?? false;
    return {
      supervisionsIssued: history.filter((event) => event.type === 'SupervisionIssued' && inMonth(event.data.issuedOn)).length,
      supervisionsAnswered: history.filter((event) => event.type === 'SupervisionAnswered' && inMonth(event.data.answeredOn)).length,
      supervisionsEscalated: history.filter((event) => event.type === 'SupervisionEscalated' && inMonth(event.data.escalatedOn)).length,
      reportBy: history.find((event) => event.type === 'PetitionAssigned')?.data.reportBy,
      reported: history.some((event) => event.type === 'CompletionReportFiled'),
    };
  }

  const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

  it('walks an overdue assignment: proposed, a notice issued, overdue unanswered, escalated to listed, answered; the month’s report counts it', async () => {
    const { id, position } = await overdueAssignment();
    const proposed = await ok(await as(clerk).get(`/supervisions?proposed=true&asOf=2026-10-08&minPosition=${position}`));
    expect(proposed.items).toEqual([expect.objectContaining({ petitionId: id, clock: 'completion_report', unit: 'hd-town', unitName: '合德镇人民政府', deadline: '2026-09-20', daysOverdue: 18 })]);

    const issued = await ok(await as(clerk).post(`/petitions/${id}/supervisions`, { level: 'notice', subject: '逾期未报送办结报告', issuedOn: '2026-10-08', answerBy: '2026-10-15' }), 201);
    const sid = issued.supervisionId as string;
    expect(sid).toMatch(/^[0-9a-f-]{36}$/);
    const afterIssue = await ok(await as(clerk).get(`/supervisions?proposed=true&asOf=2026-10-08&minPosition=${issued.position}`));
    expect(afterIssue.items).toEqual([]);

    const overdue = await ok(await as(clerk).get('/supervisions?state=overdue&asOf=2026-10-16'));
    expect(overdue.items).toEqual([
      expect.objectContaining({ petitionId: id, supervisionId: sid, subject: '逾期未报送办结报告', unit: 'hd-town', level: 'notice', answerBy: '2026-10-15', state: 'overdue', escalated: false }),
    ]);
    expect((await ok(await as(clerk).get('/supervisions?state=open&asOf=2026-10-14'))).items).toHaveLength(1);

    const escalated = await ok(await as(clerk).post(`/petitions/${id}/supervisions/${sid}/escalation`, { reason: '逾期未反馈', answerBy: '2026-10-30', escalatedOn: '2026-10-19' }));
    const listed = await ok(await as(clerk).get(`/supervisions?state=escalated&level=listed&asOf=2026-10-19&minPosition=${escalated.position}`));
    expect(listed.items).toEqual([expect.objectContaining({ supervisionId: sid, level: 'listed', answerBy: '2026-10-30', state: 'open', escalated: true })]);

    const answered = await ok(await as(township).post(`/petitions/${id}/supervisions/${sid}/answer`, { progress: '已约谈当事人，补偿款正在核算', expectedCompletion: '2026-11-30', answeredOn: '2026-10-28' }));
    await nothingAppended(() => as(clerk).post(`/petitions/${id}/supervisions/${sid}/escalation`, { reason: '仍不满意', answerBy: '2026-11-10', escalatedOn: '2026-10-29' }), 409);
    const view = await ok(await as(township).get(`/petitions/${id}`));
    expect(view.petition).toMatchObject({ supervisions: [{ supervisionId: sid, rounds: [{ level: 'notice' }, { level: 'listed', answer: { answeredOn: '2026-10-28' } }] }] });
    expect(view.clocks).toEqual(expect.arrayContaining([
      expect.objectContaining({ clock: 'supervision_answer', seq: 0, state: 'missed' }),
      expect.objectContaining({ clock: 'supervision_answer', seq: 1, state: 'met' }),
    ]));

    for (const month of ['2026-10', '2026-11']) {
      const report = await ok(await as(clerk).get(`/reports/overdue?month=${month}&minPosition=${answered.position}`));
      const counted = await countedFromEvents(id, month);
      const monthEnd = report.monthEnd as string;
      const daysLate = counted.reported ? 0 : daysBetween(counted.reportBy!, monthEnd);
      expect(report.units).toEqual([{
        unit: 'hd-town', unitName: '合德镇人民政府',
        cases30: daysLate >= 30 ? 1 : 0, clocks30: daysLate >= 30 ? 1 : 0, cases60: daysLate >= 60 ? 1 : 0, clocks60: daysLate >= 60 ? 1 : 0,
        supervisionsIssued: counted.supervisionsIssued, supervisionsAnswered: counted.supervisionsAnswered, supervisionsEscalated: counted.supervisionsEscalated,
      }]);
    }
    expect((await ok(await as(clerk).get('/reports/overdue?month=2026-10'))).units).toEqual([expect.objectContaining({ cases30: 1, cases60: 0, supervisionsIssued: 1, supervisionsAnswered: 1, supervisionsEscalated: 1 })]);
    expect((await ok(await as(clerk).get('/reports/overdue?month=2026-11'))).units).toEqual([expect.objectContaining({ cases60: 1, supervisionsIssued: 0 })]);

    const stats = await ok(await as(clerk).get('/stats?from=2026-10-01&to=2026-10-31'));
    expect(stats.byUnit).toContainEqual(expect.objectContaining({ unit: 'hd-town', supervisionAnswer: { numerator: 1, denominator: 2, rate: 0.5 } }));

    const xlsx = await t.http.get('/supervisions?asOf=2026-10-31&format=xlsx').set('Authorization', `Bearer ${clerk}`).buffer(true).parse(binary as never);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    const sheet = workbook.getWorksheet('督办台账')!;
    expect(sheet.getRow(3).values).toEqual([undefined, '受理编号', '督办事项', '责任单位', '督办级别', '督办日期', '反馈期限', '反馈日期', '状态', '是否升级', '包案领导']);
    expect(sheet.getRow(4).values).toEqual(expect.arrayContaining(['逾期未报送办结报告', '合德镇人民政府', '挂牌督办', '2026-10-30', '2026-10-28', '已反馈', '是']));
  });

  it('refuses bad input and appends nothing', async () => {
    const { id } = await overdueAssignment();
    const past = await nothingAppended(() => as(clerk).post(`/petitions/${id}/supervisions`, { level: 'notice', subject: '催办', answerBy: '2026-09-30' }), 422);
    expect(past).toMatchObject({ errors: [{ field: 'answerBy', message: expect.stringContaining('must not be in the past') }] });
    const beforeNotice = await nothingAppended(() => as(clerk).post(`/petitions/${id}/supervisions`, { level: 'notice', subject: '催办', issuedOn: '2026-10-08', answerBy: '2026-10-01' }), 422);
    expect(beforeNotice).toMatchObject({ errors: [{ field: 'answerBy', message: 'must come after the supervision on 2026-10-08' }] });
    await nothingAppended(() => as(clerk).post(`/petitions/${id}/supervisions`, { level: 'urgent', subject: '催办', answerBy: '2027-01-10' }), 400);

    const listed = await ok(await as(clerk).post(`/petitions/${id}/supervisions`, { level: 'listed', subject: '挂牌督办', issuedOn: '2026-10-01', answerBy: '2026-10-10' }), 201);
    const sid = listed.supervisionId as string;
    const top = await nothingAppended(() => as(clerk).post(`/petitions/${id}/supervisions/${sid}/escalation`, { reason: '逾期', answerBy: '2027-01-10' }), 409);
    expect(top).toMatchObject({ type: expect.stringContaining('supervision-refused'), detail: expect.stringContaining('top level') });
    await nothingAppended(() => as(otherUnit).post(`/petitions/${id}/supervisions/${sid}/answer`, { progress: '不是我们的' }), 404);
    await nothingAppended(() => as(township).post(`/petitions/${id}/supervisions/00000000-0000-4000-8000-000000000000/answer`, { progress: '没有这个督办' }), 404);
    await nothingAppended(() => as(township).post(`/petitions/${id}/supervisions/${sid}/escalation`, { reason: '逾期', answerBy: '2027-01-10' }), 403);

    const closed = (await ok(await as(clerk).post('/petitions', validPetition({ receivedAt: '2026-09-01' })), 201)).id as string;
    await ok(await as(clerk).post(`/petitions/${closed}/acceptance`, { decision: 'accepted', handlingUnit: 'hd-town', decidedAt: '2026-09-02', claimType: 'claim' }));
    await ok(await as(clerk).post(`/petitions/${closed}/closure`, { outcome: 'withdrawn', reason: '申请人书面撤回', closedOn: '2026-09-05' }));
    const refused = await nothingAppended(() => as(clerk).post(`/petitions/${closed}/supervisions`, { level: 'reminder', subject: '催办', answerBy: '2027-01-10' }), 409);
    expect(refused).toMatchObject({ stage: 'closed' });
  });

  it('lets a leader read and work only the cases they own (包案), receptions and instructions on the timeline', async () => {
    const { id } = await overdueAssignment();
    await nothingAppended(() => as(leader).get(`/petitions/${id}`) as never, 404);
    await nothingAppended(() => as(leader).post(`/petitions/${id}/receptions`, { place: '县信访局接待大厅' }), 404);
    const owned = await ok(await as(clerk).post(`/petitions/${id}/owner`, { leaderId: 'leader-1', leaderName: '周建华', post: '副县长', from: '2026-10-01' }));
    await nothingAppended(() => as(clerk).post(`/petitions/${id}/owner`, { leaderId: 'leader-1', leaderName: '周建华', post: '副县长' }), 409);
    const mine = await ok(await as(leader).get(`/me/cases?minPosition=${owned.position}`));
    expect(mine.items).toEqual([expect.objectContaining({ petitionId: id, post: '副县长', ownedFrom: '2026-10-01' })]);
    expect((await ok(await as(otherLeader).get('/me/cases'))).items).toEqual([]);
    await nothingAppended(() => as(otherLeader).get(`/petitions/${id}`) as never, 404);

    await ok(await as(leader).post(`/petitions/${id}/receptions`, { place: '县信访局接待大厅', instructions: '一周内拿出方案', receivedOn: '2026-10-10' }));
    await ok(await as(clerk).post(`/petitions/${id}/instructions`, { text: '请合德镇限期办结', leaderName: '周建华', leaderId: 'leader-1', instructedOn: '2026-10-12' }));
    await nothingAppended(() => as(clerk).post(`/petitions/${id}/instructions`, { text: '无名批示' }), 422);
    const view = await ok(await as(leader).get(`/petitions/${id}`));
    expect((view.steps as { type: string; businessDate: string; actor: { id: string } }[]).slice(-3)).toEqual([
      expect.objectContaining({ type: 'CaseOwnerAssigned', businessDate: '2026-10-01' }),
      expect.objectContaining({ type: 'ReceptionRecorded', businessDate: '2026-10-10', actor: expect.objectContaining({ id: 'leader-1' }) }),
      expect.objectContaining({ type: 'InstructionRecorded', businessDate: '2026-10-12' }),
    ]);
    expect(view.petition).toMatchObject({ owner: { leaderName: '周建华' }, receptions: [{ leaderName: '周建华', place: '县信访局接待大厅' }], instructions: [{ text: '请合德镇限期办结' }] });

    const issued = await ok(await as(clerk).post(`/petitions/${id}/supervisions`, { level: 'reminder', subject: '请加快办理', issuedOn: '2026-10-13', answerBy: '2026-10-20' }), 201);
    const register = await ok(await as(leader).get(`/supervisions?asOf=2026-10-13&minPosition=${issued.position}`));
    expect(register.items).toEqual([expect.objectContaining({ petitionId: id, owner: '周建华', level: 'reminder' })]);
    expect((await ok(await as(otherLeader).get('/supervisions?asOf=2026-10-13'))).items).toEqual([]);

    for (const query of ['asOf=2026-10-31', 'asOf=2026-09-30&proposed=true']) {
      const whole = (await ok(await as(clerk).get(`/supervisions?${query}`))).items as { petitionId: string }[];
      expect(whole.length).toBeGreaterThan(1);
      const first = await ok(await as(clerk).get(`/supervisions?${query}&limit=1`));
      const rest = await ok(await as(clerk).get(`/supervisions?${query}&limit=200&cursor=${first.nextCursor as string}`));
      expect([...(first.items as object[]), ...(rest.items as object[])]).toEqual(whole);
      expect(rest.nextCursor).toBeNull();
    }
  });

  withPdfTools('prints the month’s report as a 通报 whose text is Chinese', async () => {
    const { id } = await overdueAssignment();
    const issued = await ok(await as(clerk).post(`/petitions/${id}/supervisions`, { level: 'notice', subject: '逾期未报送办结报告', issuedOn: '2026-11-02', answerBy: '2026-11-09' }), 201);
    const response = await t.http.get(`/reports/overdue?month=2026-11&format=pdf&minPosition=${issued.position}`).set('Authorization', `Bearer ${clerk}`).buffer(true).parse(binary as never);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(response.body as Buffer);
    for (const expected of ['2026年11月信访事项逾期办理情况通报', '各责任单位', '合德镇人民政府', '特此通报', '通报期间：2026年11月']) expect(text).toContain(expected);
  });
});

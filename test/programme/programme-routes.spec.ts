import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ATTENDEES, PANEL, programmeDriver, type ProgrammeDriver } from './programme-driver.js';

const PROGRAMME = { name: '射阳县信访积案“模拟法庭”化解专项行动', periodFrom: '2026-01-01', periodTo: '2026-12-31', criteria: '四级访未化解、信访积案、重复访未化解', targets: { enrolled: 2, resolved: 2 }, owner: '县信访局', openedOn: '2026-01-05' };
const ENROLMENT = { track: 'complex', reason: 'long_standing', owningLeader: '周副县长', enrolledOn: '2026-04-20', targetDate: '2026-09-30' };
const ZHANG = { name: '张建国', phone: '13900001111' };

/** The programme's routes over HTTP, on a case concluded by a final review on 2026-04-05. */
describe('the mock-court programme over HTTP', () => {
  let t: TestApp;
  let d: ProgrammeDriver;
  let programmeId: string;
  let openedAt: string;
  let concluded: string;

  const refused = async (path: string, body: object, status: number, token?: string) => {
    const before = await t.eventCount();
    const response = await d.post(path, body, { status, ...(token && { token }) });
    expect(await t.eventCount()).toBe(before);
    return response.body;
  };

  beforeAll(async () => {
    t = await startTestApp();
    d = await programmeDriver(t);
    concluded = (await d.register(ZHANG, { receivedAt: '2026-01-05' })).id;
    await d.toStage(concluded, 'concluded', '2026-01-05');
    ({ programmeId, position: openedAt } = await d.openProgramme(PROGRAMME));
  });
  afterAll(async () => t.close());

  it('opens a programme and lists it', async () => {
    await d.settle(openedAt);
    expect((await d.get('/programmes')).items).toEqual([{ programmeId, ...PROGRAMME, enrolled: 0 }]);
  });

  it('refuses a hearing on a concluded case not enrolled (409), appending nothing', async () => {
    const body = await refused(`/petitions/${concluded}/hearings`, { scheduledOn: '2026-04-25', hearingDate: '2026-05-06', venue: '模拟法庭', panel: PANEL, attendees: ATTENDEES }, 409);
    expect(body).toMatchObject({ stage: 'concluded', allowedNext: [] });
  });

  it('enrols the concluded case, which stays concluded and offers the programme’s steps; a second enrolment is refused (409)', async () => {
    const enrolled = await d.enrol(programmeId, concluded, ENROLMENT);
    expect(enrolled.body).toMatchObject({ id: concluded, stage: 'concluded', programmeId });
    expect(enrolled.headers.location).toBe(`/petitions/${concluded}`);
    const view = await d.get(`/petitions/${concluded}`);
    expect(view).toMatchObject({ stage: 'concluded', allowedNext: ['schedule_hearing', 'record_follow_up', 'resolve_programme_case'] });
    expect(view.petition.enrolments).toEqual([{ programmeId, programmeName: PROGRAMME.name, programmeEndsOn: '2026-12-31', ...ENROLMENT, category: 'housing_construction', status: 'enrolled', followUps: [], resolutions: [], rebounds: [] }]);
    const again = await refused(`/programmes/${programmeId}/enrolments`, { petitionId: concluded, ...ENROLMENT, enrolledOn: '2026-04-21' }, 409);
    expect(again).toMatchObject({ type: '/problems/proceeding-state', proceeding: 'programme', proceedingStatus: 'enrolled' });
    expect((await refused(`/programmes/6f1c2b1e-0000-4000-8000-000000000000/enrolments`, { petitionId: concluded, ...ENROLMENT }, 404)).title).toBe('Programme not found');
  });

  it('holds a hearing with recusal: a member with prior involvement is refused, the petitioner’s request is granted by the chair', async () => {
    const involved = [{ memberId: 'panel-judge', name: '张法官', role: 'judge', noDirectInterest: true, priorInvolvement: '曾审理该行政诉讼' }];
    const panelRefusal = await refused(`/petitions/${concluded}/hearings`, { scheduledOn: '2026-04-25', hearingDate: '2026-05-06', venue: '模拟法庭', panel: [...PANEL.slice(0, 1), ...involved, ...PANEL.slice(2)], attendees: ATTENDEES }, 422);
    expect(panelRefusal.errors).toEqual([{ field: 'panel[1].priorInvolvement', code: 'rule', message: '张法官 (panel-judge) was involved in the underlying matter (曾审理该行政诉讼) and may not sit (recusal, 条例 Art. 28)' }]);

    const plan = {
      scheduledOn: '2026-04-25', hearingDate: '2026-05-06', concludedOn: '2026-05-07', resolveBy: '2026-06-30',
      planTasks: [{ task: '补发补偿款差额', ownerUnit: 'zjj', dueOn: '2026-05-31' }, { task: '出具书面答复', ownerUnit: 'xfj', dueOn: '2026-06-15' }],
    };
    const { hearingId, taskIds } = await d.hearing(concluded, plan, async (id) => {
      const requested = await d.post(`/petitions/${concluded}/hearings/${id}/recusals`, { memberId: 'panel-lawyer', requestedBy: '张建国', grounds: '该律师曾代理对方', requestedOn: '2026-04-28' }, { status: 201 });
      const recusals = `/petitions/${concluded}/hearings/${id}/recusals/${requested.body.recusalId}`;
      expect(requested.headers.location).toBe(recusals);
      await refused(`${recusals}/decision`, { outcome: 'granted', reasons: '理由成立', decidedOn: '2026-04-30' }, 403, d.members['panel-judge']);
      await d.post(`${recusals}/decision`, { outcome: 'granted', reasons: '理由成立', decidedOn: '2026-04-30' }, { token: d.members['panel-chair'] });
      const silenced = await refused(`/petitions/${concluded}/hearings/${id}/opinions`, { opinion: 'supports', reasoning: '理由', givenOn: '2026-05-06' }, 403, d.members['panel-lawyer']);
      expect(silenced.detail).toContain('was recused');
    });
    const hearing = (await d.get(`/petitions/${concluded}`)).petition.hearings[0];
    expect(hearing).toMatchObject({ hearingId, stage: 'concluded', status: 'concluded', programmeId, recusals: [{ memberId: 'panel-lawyer', decision: { outcome: 'granted', decidedBy: 'panel-chair' } }] });
    expect(hearing.opinions.map((opinion: { memberId: string }) => opinion.memberId)).toEqual(['panel-chair', 'panel-judge', 'panel-mediator']);

    await d.post(`/petitions/${concluded}/plan-tasks/${taskIds[0]}/completion`, { evidence: '银行转账凭证', completedOn: '2026-05-20' });
    expect(await refused(`/petitions/${concluded}/plan-tasks/${taskIds[0]}/completion`, { evidence: '再次上报', completedOn: '2026-05-21' }, 409)).toMatchObject({ type: '/problems/already-recorded', recordedOn: '2026-05-20' });
    // The owner unit's own staff report its task; another task's owner may not, and to any other unit the case does not exist.
    const owner = async (unit: string) => t.token('unit', { sub: `officer-${unit}`, name: '经办人', unit });
    const done = { evidence: '答复书已送达', completedOn: '2026-06-10' };
    expect(await refused(`/petitions/${concluded}/plan-tasks/${taskIds[1]}/completion`, done, 403, await owner('zjj'))).toMatchObject({ type: '/problems/not-permitted' });
    await refused(`/petitions/${concluded}/plan-tasks/${taskIds[1]}/completion`, done, 404, await owner('hdz'));
    const reported = await d.post(`/petitions/${concluded}/plan-tasks/${taskIds[1]}/completion`, done, { token: await owner('xfj') });
    const inbox = await t.http.get(`/units/xfj/inbox?minPosition=${reported.body.position}`).set('Authorization', `Bearer ${await owner('xfj')}`);
    expect(inbox.body.items).toEqual([expect.objectContaining({ petitionId: concluded, clocks: expect.arrayContaining([expect.objectContaining({ clock: 'plan_task', state: 'met' })]) })]);
    expect((await d.get(`/petitions/${concluded}`)).steps.at(-1)).toMatchObject({ type: 'PlanTaskCompleted', actor: { role: 'unit', unit: 'xfj' } });
  });

  it('records a follow-up and the resolution; refuses a sign-off before the waiting period, naming the earliest date', async () => {
    await d.post(`/petitions/${concluded}/follow-ups`, { visitedBy: '周副县长', attitude: 'accepts', visitedOn: '2026-06-12' });
    await d.post(`/petitions/${concluded}/resolution`, { basis: 'plan_done', evidence: '两项任务均已完成', resolvedOn: '2026-06-15' });
    const early = await refused(`/petitions/${concluded}/sign-off`, { signedOffOn: '2026-09-12' }, 422);
    expect(early.errors).toEqual([{ field: 'signedOffOn', code: 'rule', message: 'must be on or after 2026-09-13, 90 days after the resolution on 2026-06-15' }]);
  });

  it('reopens the case when the same person petitions on the matter again, refusing its sign-off (409) until it is resolved again', async () => {
    const later = await d.register(ZHANG, { receivedAt: '2026-07-01' });
    await d.settle(later.position);
    const view = await d.get(`/petitions/${concluded}`);
    expect(view.petition.enrolments[0]).toMatchObject({ status: 'reopened', rebounds: [{ reboundOn: '2026-07-01', petitionId: later.id }] });
    expect(view.steps.at(-1)).toMatchObject({ type: 'ProgrammeCaseRebounded', actor: { id: 'clerk-1' } });
    expect(await refused(`/petitions/${concluded}/sign-off`, { signedOffOn: '2026-10-01' }, 409)).toMatchObject({ proceeding: 'programme', proceedingStatus: 'reopened' });

    await d.post(`/petitions/${concluded}/resolution`, { basis: 'written_commitment', evidence: '息诉罢访承诺书', resolvedOn: '2026-07-20' });
    const signedOff = await d.post(`/petitions/${concluded}/sign-off`, { signedOffOn: '2026-10-18' });
    expect(signedOff.body).toMatchObject({ stage: 'concluded' });
    expect((await d.get(`/petitions/${concluded}`)).allowedNext).toEqual([]);
  });

  it('marks a mediation obligation performed, once', async () => {
    const { id } = await d.register({ name: '李桂英', phone: '13900002222' }, { receivedAt: '2026-05-04' });
    await d.toStage(id, 'accepted', '2026-05-04');
    await d.post(`/petitions/${id}/mediation`, { mediator: '县人民调解委员会', startedOn: '2026-05-10' });
    await d.post(`/petitions/${id}/mediation/agreement`, { terms: '分两期支付', obligations: [{ party: '住建局', obligation: '支付第一期', dueOn: '2026-06-30' }], agreedOn: '2026-05-20' });
    const [obligation] = (await d.get(`/petitions/${id}`)).petition.mediations[0].agreement.obligations;
    const path = `/petitions/${id}/mediation/obligations/${obligation.obligationId}/performance`;
    await d.post(path, { outcome: 'performed', performedOn: '2026-06-28' });
    await refused(path, { outcome: 'breached', breachedOn: '2026-07-01' }, 409);
    expect((await d.get(`/petitions/${id}`)).petition.mediations[0].outcomes).toEqual([{ obligationId: obligation.obligationId, outcome: 'performed', outcomeOn: '2026-06-28' }]);
  });

  it('documents every programme route in the OpenAPI document', async () => {
    const { body: document } = await t.http.get('/docs-json');
    const routes = Object.entries(document.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>).flatMap(([path, operations]) =>
      Object.entries(operations).map(([verb, operation]) => `${verb.toUpperCase()} ${path} ${Object.keys(operation.responses).find((status) => status.startsWith('2'))}`),
    );
    expect(routes).toEqual(
      expect.arrayContaining([
        'POST /programmes 201', 'GET /programmes 200', 'POST /programmes/{pid}/enrolments 201', 'GET /programmes/{pid}/ledger 200',
        'POST /petitions/{id}/hearings/{hid}/recusals 201', 'POST /petitions/{id}/hearings/{hid}/recusals/{rid}/decision 200',
        'POST /petitions/{id}/plan-tasks/{tid}/completion 200', 'POST /petitions/{id}/mediation/obligations/{oid}/performance 200',
        'POST /petitions/{id}/follow-ups 200', 'POST /petitions/{id}/resolution 200', 'POST /petitions/{id}/sign-off 200',
      ]),
    );
    expect(document.components.schemas.CaseRecordView.properties.enrolments).toMatchObject({ type: 'array', items: { $ref: '#/components/schemas/EnrolmentView' } });
  });

  it('answers the ledger as of a date, and as an Excel workbook with Chinese headers', async () => {
    const ledger = await d.get(`/programmes/${programmeId}/ledger?asOf=2026-07-05`);
    expect(ledger.totals).toEqual({ enrolled: 1, heard: 1, resolved: 0, signedOff: 0, rebounded: 1, tasksOverdue: 0 });
    expect((await d.get(`/programmes/${programmeId}/ledger?asOf=2026-10-18`)).totals).toEqual({ enrolled: 1, heard: 1, resolved: 1, signedOff: 1, rebounded: 1, tasksOverdue: 0 });
    const xlsx = await t.http.get(`/programmes/${programmeId}/ledger?asOf=2026-10-18&format=xlsx`).set('Authorization', `Bearer ${d.clerk}`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    const bytes = xlsx.body as Buffer;
    // exceljs declares its own Buffer as an ArrayBuffer: hand it the bytes' own ArrayBuffer slice.
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['汇总', '纳入明细', '包案领导']);
    const summary = workbook.getWorksheet('汇总')!;
    expect(summary.getRow(7).values).toEqual([undefined, '类别', '纳入', '已开庭', '已化解', '已销号', '反弹', '逾期任务']);
    expect(summary.getRow(8).values).toEqual([undefined, '涉房涉建', 1, 1, 1, 1, 1, 0]);
  });

  it('counts an enrolled case under the category it had on the day asked, after a reclassification', async () => {
    const { id } = await d.register({ name: '孙秀兰', phone: '13900003333' }, { receivedAt: '2026-06-01' });
    await d.toStage(id, 'accepted', '2026-06-01');
    await d.enrol(programmeId, id, { ...ENROLMENT, reason: 'repeat', track: 'simple', enrolledOn: '2026-06-10' });
    const { body } = await d.post(`/petitions/${id}/reclassification`, { category: 'labour_social_security', reason: '实为工资拖欠', reclassifiedOn: '2026-07-10' });
    await d.settle(body.position);
    const enrolledIn = async (asOf: string) =>
      Object.fromEntries((await d.get(`/programmes/${programmeId}/ledger?asOf=${asOf}`)).byCategory.map((row: { category: string; enrolled: number }) => [row.category, row.enrolled]));
    expect(await enrolledIn('2026-07-09')).toMatchObject({ housing_construction: 2, labour_social_security: 0 });
    expect(await enrolledIn('2026-07-10')).toMatchObject({ housing_construction: 1, labour_social_security: 1 });
  });
});

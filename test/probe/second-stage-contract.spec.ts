import type { Response } from 'supertest';
import { samplePdf } from '../case-file/sample-files.js';
import { PANEL, ATTENDEES, programmeDriver, type ProgrammeDriver } from '../programme/programme-driver.js';
import { OpenApiConformance } from '../support/openapi-conformance.js';
import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

/** The second stage's answers, on cases that carry every second-stage record, against the service's own OpenAPI document. */
describe('second-stage answers as the OpenAPI document says', () => {
  let t: TestApp;
  let d: ProgrammeDriver;
  let conformance: OpenApiConformance;
  const problems: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    d = await programmeDriver(t);
    conformance = new OpenApiConformance((await t.http.get('/docs-json')).body);
    const admin = await t.token('admin', { sub: 'admin-1' });
    expect((await t.http.put('/units/hd-town').set('Authorization', `Bearer ${admin}`).send({ name: '合德镇人民政府', level: 'township' })).status).toBe(201);
  });
  afterAll(async () => t.close());

  function conforms(method: string, path: string, response: Response): void {
    problems.push(...conformance.violations(method, path, response).map((violation) => `${method} ${path} ${response.status}: ${violation}`));
  }

  it('answers the units’ steps, supervision, leaders and the programme as documented', async () => {
    const clerk = d.clerk;
    const township = await t.token('unit', { sub: 'officer-1', unit: 'hd-town' });
    const leader = await t.token('leader', { sub: 'leader-1', name: '周建华' });
    const send = async (token: string, path: string, template: string, body: object, status = 200) => {
      const response = await t.http.post(path).set('Authorization', `Bearer ${token}`).send(body);
      expect({ path, status: response.status }).toEqual({ path, status });
      conforms('post', template, response);
      return response.body as Record<string, string>;
    };
    const read = async (token: string, path: string, template: string) => {
      const response = await t.http.get(path).set('Authorization', `Bearer ${token}`);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      conforms('get', template, response);
      return response.body as Record<string, unknown>;
    };

    const id = (await send(clerk, '/petitions', '/petitions', validPetition({ responsibleUnit: 'hd-town', receivedAt: '2026-09-01' }), 201)).id!;
    await send(clerk, `/petitions/${id}/acceptance`, '/petitions/{id}/acceptance', { decision: 'assigned', toUnit: 'hd-town', reportBy: '2026-09-20', decidedAt: '2026-09-02', claimType: 'claim' });
    await send(township, `/petitions/${id}/handover/receipt`, '/petitions/{id}/handover/receipt', { receivedOn: '2026-09-03' });
    await send(township, `/petitions/${id}/handover/notice`, '/petitions/{id}/handover/notice', { decision: 'accepted', servedOn: '2026-09-05' });
    const { supervisionId } = await send(clerk, `/petitions/${id}/supervisions`, '/petitions/{id}/supervisions', { level: 'notice', subject: '逾期未报送办结报告', answerBy: '2026-10-15', issuedOn: '2026-10-08' }, 201);
    await send(township, `/petitions/${id}/supervisions/${supervisionId}/answer`, '/petitions/{id}/supervisions/{sid}/answer', { progress: '正在核算', expectedCompletion: '2026-11-30', answeredOn: '2026-10-10' });
    await send(clerk, `/petitions/${id}/supervisions/${supervisionId}/escalation`, '/petitions/{id}/supervisions/{sid}/escalation', { reason: '反馈不实', answerBy: '2026-10-30', escalatedOn: '2026-10-12' });
    await send(clerk, `/petitions/${id}/owner`, '/petitions/{id}/owner', { leaderId: 'leader-1', leaderName: '周建华', post: '副县长', from: '2026-10-01' });
    await send(leader, `/petitions/${id}/receptions`, '/petitions/{id}/receptions', { place: '县信访局接待大厅', instructions: '限期化解', receivedOn: '2026-10-13' });
    await send(leader, `/petitions/${id}/instructions`, '/petitions/{id}/instructions', { text: '请镇政府一周内拿出方案', instructedOn: '2026-10-14' });
    await send(township, `/petitions/${id}/completion-report`, '/petitions/{id}/completion-report', { summary: '补偿款已足额发放', filedOn: '2026-10-20' });
    const last = await send(clerk, `/petitions/${id}/completion-report/verification`, '/petitions/{id}/completion-report/verification', { decision: 'returned', reason: '缺少凭证', reportBy: '2026-11-10', reviewedOn: '2026-10-21' });
    await send(clerk, `/petitions/${id}/claim-type`, '/petitions/{id}/claim-type', { claimType: 'suggestion', reason: '实为建议', changedOn: '2026-10-22' });

    for (const token of [clerk, township, leader]) await read(token, `/petitions/${id}?minPosition=${last.position}`, '/petitions/{id}');
    await read(clerk, `/deadlines?petitionId=${id}`, '/deadlines');
    await read(township, '/units/hd-town/inbox', '/units/{code}/inbox');
    await read(clerk, '/supervisions?asOf=2026-10-20', '/supervisions');
    await read(leader, '/supervisions?asOf=2026-10-20', '/supervisions');
    await read(clerk, '/supervisions?proposed=true&asOf=2026-10-01', '/supervisions');
    await read(leader, '/me/cases', '/me/cases');
    await read(clerk, '/reports/overdue?month=2026-10', '/reports/overdue');
    await read(clerk, '/units?limit=1', '/units');

    // The programme, on a closed case: enrolment, a hearing with a plan, the owner unit's task, a follow-up, the ledger.
    const old = (await d.register({ name: '张建国', phone: '13900001111' }, { receivedAt: '2026-01-05' })).id;
    await d.toStage(old, 'closed', '2026-01-05');
    const { programmeId } = await send(clerk, '/programmes', '/programmes', { name: '积案化解专项行动', periodFrom: '2026-01-01', periodTo: '2026-12-31', criteria: '信访积案', owner: '县信访局', openedOn: '2026-01-05' }, 201);
    await send(clerk, `/programmes/${programmeId}/enrolments`, '/programmes/{pid}/enrolments', { petitionId: old, track: 'complex', reason: 'long_standing', owningLeader: '周建华', owningLeaderId: 'leader-1', enrolledOn: '2026-04-20', targetDate: '2026-09-30' }, 201);
    const { taskIds } = await d.hearing(old, { scheduledOn: '2026-04-25', hearingDate: '2026-05-06', concludedOn: '2026-05-07', resolveBy: '2026-06-30', planTasks: [{ task: '补发补偿款差额', ownerUnit: 'hd-town', dueOn: '2026-05-31' }] });
    await send(township, `/petitions/${old}/plan-tasks/${taskIds[0]!}/completion`, '/petitions/{id}/plan-tasks/{tid}/completion', { evidence: '银行转账凭证', completedOn: '2026-05-20' });
    const visited = await send(leader, `/petitions/${old}/follow-ups`, '/petitions/{id}/follow-ups', { visitedBy: '周建华', attitude: 'satisfied', visitedOn: '2026-06-01' });
    for (const token of [clerk, township, leader]) await read(token, `/petitions/${old}?minPosition=${visited.position}`, '/petitions/{id}');
    await read(clerk, '/programmes', '/programmes');
    await read(leader, `/programmes/${programmeId}/ledger?asOf=2026-06-30`, '/programmes/{pid}/ledger');

    expect(problems).toEqual([]);
  }, 60_000);

  it('answers objections, recusals, obligations, resolution, attachments and their refusals as documented', async () => {
    const clerk = d.clerk;
    const township = await t.token('unit', { sub: 'officer-1', unit: 'hd-town' });
    const otherUnit = await t.token('unit', { sub: 'officer-9', unit: 'jw-bureau' });
    const send = async (token: string, path: string, template: string, body: object, status = 200) => {
      const response = await t.http.post(path).set('Authorization', `Bearer ${token}`).send(body);
      expect({ path, status: response.status, body: response.status === status ? undefined : response.body }).toEqual({ path, status, body: undefined });
      conforms('post', template, response);
      return response.body as Record<string, string>;
    };

    const id = (await send(clerk, '/petitions', '/petitions', validPetition({ responsibleUnit: 'hd-town', receivedAt: '2026-09-01' }), 201)).id!;
    await send(clerk, `/petitions/${id}/acceptance`, '/petitions/{id}/acceptance', { decision: 'forwarded', toUnit: 'hd-town', decidedAt: '2026-09-02' });
    await send(otherUnit, `/petitions/${id}/handover/receipt`, '/petitions/{id}/handover/receipt', {}, 404);
    await send(township, `/petitions/${id}/completion-report`, '/petitions/{id}/completion-report', { summary: '已办结' }, 409);
    await send(township, `/petitions/${id}/objection`, '/petitions/{id}/objection', { reason: '不属本单位职责', objectedAt: '2026-09-03' });
    await send(clerk, `/petitions/${id}/objection/decision`, '/petitions/{id}/objection/decision', { decision: 'rejected', reason: '属本单位职责', decidedOn: '2026-09-04' });
    await send(clerk, `/petitions/${id}/objection/decision`, '/petitions/{id}/objection/decision', { decision: 'upheld', reason: '再议', decidedOn: '2026-09-05' }, 409);
    await send(clerk, `/petitions/${id}/supervisions`, '/petitions/{id}/supervisions', { level: 'notice', subject: 'x', answerBy: '2026-09-01', issuedOn: '2026-09-05' }, 422);
    await send(clerk, `/petitions/${id}/claim-type`, '/petitions/{id}/claim-type', { claimType: 'other', reason: 'x' }, 400);

    const upload = await t.http.post(`/petitions/${id}/attachments`).set('Authorization', `Bearer ${township}`).field('kind', 'completion_report').attach('file', await samplePdf('report'), { filename: 'report.pdf', contentType: 'application/pdf' });
    expect(upload.status).toBe(201);
    conforms('post', '/petitions/{id}/attachments', upload);

    // A programme case with a mediation agreement and a recusal.
    const old = (await d.register({ name: '李桂英', phone: '13900002222' }, { receivedAt: '2026-05-04' })).id;
    await d.toStage(old, 'accepted', '2026-05-04');
    await d.post(`/petitions/${old}/mediation`, { mediator: '县人民调解委员会', startedOn: '2026-05-10' });
    await d.post(`/petitions/${old}/mediation/agreement`, { terms: '分两期支付', obligations: [{ party: '住建局', obligation: '支付第一期', dueOn: '2026-06-30' }], agreedOn: '2026-05-20' });
    const [obligation] = (await d.get(`/petitions/${old}`)).petition.mediations[0].agreement.obligations as { obligationId: string }[];
    await send(clerk, `/petitions/${old}/mediation/obligations/${obligation!.obligationId}/performance`, '/petitions/{id}/mediation/obligations/{oid}/performance', { outcome: 'performed', performedOn: '2026-06-28' });
    const { programmeId } = await send(clerk, '/programmes', '/programmes', { name: '第二期', periodFrom: '2026-01-01', periodTo: '2026-12-31', criteria: '积案', owner: '县信访局', openedOn: '2026-01-05' }, 201);
    await send(clerk, `/programmes/${programmeId}/enrolments`, '/programmes/{pid}/enrolments', { petitionId: old, track: 'simple', reason: 'repeat', owningLeader: '周建华', enrolledOn: '2026-06-01', targetDate: '2026-09-30' }, 201);
    const { hearingId } = await send(clerk, `/petitions/${old}/hearings`, '/petitions/{id}/hearings', { scheduledOn: '2026-06-02', hearingDate: '2026-06-10', venue: '模拟法庭', panel: PANEL, attendees: ATTENDEES }, 201);
    const { recusalId } = await send(clerk, `/petitions/${old}/hearings/${hearingId}/recusals`, '/petitions/{id}/hearings/{hid}/recusals', { memberId: 'panel-lawyer', requestedBy: '李桂英', grounds: '曾代理对方', requestedOn: '2026-06-03' }, 201);
    await send(d.members['panel-chair']!, `/petitions/${old}/hearings/${hearingId}/recusals/${recusalId}/decision`, '/petitions/{id}/hearings/{hid}/recusals/{rid}/decision', { outcome: 'refused', reasons: '理由不成立', decidedOn: '2026-06-04' });
    await send(clerk, `/petitions/${old}/hearings/${hearingId}/adjournment`, '/petitions/{id}/hearings/{hid}/adjournment', { action: 'cancel', reason: '双方已履行协议', cancelledOn: '2026-06-05' });
    await send(clerk, `/petitions/${old}/resolution`, '/petitions/{id}/resolution', { basis: 'agreement_performed', evidence: '已履行', resolvedOn: '2026-06-29' });
    await send(clerk, `/petitions/${old}/sign-off`, '/petitions/{id}/sign-off', { signedOffOn: '2026-07-01' }, 422);
    const view = await t.http.get(`/petitions/${old}`).set('Authorization', `Bearer ${clerk}`);
    conforms('get', '/petitions/{id}', view);

    expect(problems).toEqual([]);
  }, 60_000);
});

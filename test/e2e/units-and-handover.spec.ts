import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

/** Responsible units as users (DOMAIN.md "Responsible units and handover", "Whose clock is it"), over HTTP. */
describe('units, handover and the unit’s clocks over HTTP', () => {
  let t: TestApp;
  let clerk: string;
  let admin: string;
  let township: string;
  let otherUnit: string;

  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.token('clerk', { sub: 'clerk-1', name: '李科员' });
    admin = await t.token('admin', { sub: 'admin-1', name: '管理员' });
    township = await t.token('unit', { sub: 'officer-1', name: '镇信访办张', unit: 'hd-town' });
    otherUnit = await t.token('unit', { sub: 'officer-9', name: '别的单位', unit: 'jw-bureau' });
    for (const [code, name] of [['sy-county', '射阳县人民政府'], ['hd-town', '合德镇人民政府'], ['jw-bureau', '射阳县教育局']] as const) {
      const level = code === 'sy-county' ? 'county_department' : 'township';
      const put = await t.http.put(`/units/${code}`).set('Authorization', `Bearer ${admin}`).send({ name, level, ...(code !== 'sy-county' && { parent: 'sy-county' }) });
      expect(put.status).toBe(201);
    }
  });
  afterAll(async () => t.close());

  const as = (token: string) => ({
    post: (path: string, body: object) => t.http.post(path).set('Authorization', `Bearer ${token}`).send(body),
    get: (path: string) => t.http.get(path).set('Authorization', `Bearer ${token}`),
  });

  async function registered(overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await as(clerk).post('/petitions', validPetition({ responsibleUnit: 'hd-town', receivedAt: '2026-11-02', ...overrides }));
    expect(response.status).toBe(201);
    return response.body.id as string;
  }

  async function expectOk(response: { status: number; body: unknown }, status = 200) {
    if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
  }

  async function expectNothingAppended(request: () => Promise<{ status: number; body: Record<string, unknown>; headers: Record<string, string> }>, status: number) {
    const before = await t.eventCount();
    const response = await request();
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
    expect(await t.eventCount()).toBe(before);
    return response.body;
  }

  it('keeps the register: admins write it, every staff role reads it; a parent must be registered', async () => {
    const list = await as(township).get('/units');
    expect(list.status).toBe(200);
    expect(list.body.items.map((unit: { code: string }) => unit.code)).toEqual(['hd-town', 'jw-bureau', 'sy-county']);
    expect((await t.http.put('/units/x-1').set('Authorization', `Bearer ${clerk}`).send({ name: '某单位', level: 'township' })).status).toBe(403);
    const orphan = await expectNothingAppended(() => t.http.put('/units/x-1').set('Authorization', `Bearer ${admin}`).send({ name: '某单位', level: 'township', parent: 'nowhere' }) as never, 422);
    expect(orphan).toMatchObject({ errors: [{ field: 'parent' }] });
    const renamed = await t.http.put('/units/jw-bureau').set('Authorization', `Bearer ${admin}`).send({ name: '射阳县教育局', level: 'county_department', parent: 'sy-county' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ unit: { code: 'jw-bureau', level: 'county_department' }, version: 2 });
    const same = await t.http.put('/units/jw-bureau').set('Authorization', `Bearer ${admin}`).send({ name: '射阳县教育局', level: 'county_department', parent: 'sy-county' });
    expect(same.body.version).toBe(2);
  });

  it('walks an assignment: signed for, notified, reported, returned, reported again and verified', async () => {
    const id = await registered();
    const assignment = await as(clerk).post(`/petitions/${id}/acceptance`, { decision: 'assigned', toUnit: 'hd-town', reportBy: '2026-11-30', decidedAt: '2026-11-04', claimType: 'claim' });
    await expectOk(assignment);
    const inbox = await as(township).get(`/units/hd-town/inbox?minPosition=${assignment.body.position}`);
    expect(inbox.status).toBe(200);
    expect(inbox.body.items.map((item: { petitionId: string }) => item.petitionId)).toContain(id);
    await expectOk(await as(township).post(`/petitions/${id}/handover/receipt`, { receivedOn: '2026-11-05' }));
    await expectOk(await as(township).post(`/petitions/${id}/handover/notice`, { decision: 'accepted', servedOn: '2026-11-10' }));
    await expectOk(await as(township).post(`/petitions/${id}/completion-report`, { summary: '补偿款已足额发放', filedOn: '2026-11-20' }));
    await expectOk(await as(clerk).post(`/petitions/${id}/completion-report/verification`, { decision: 'returned', reason: '缺少发放凭证', reportBy: '2026-12-04', reviewedOn: '2026-11-21' }));
    await expectOk(await as(township).post(`/petitions/${id}/completion-report`, { summary: '补交发放凭证', filedOn: '2026-11-28' }));
    await expectOk(await as(clerk).post(`/petitions/${id}/completion-report/verification`, { decision: 'verified', reviewedOn: '2026-11-29' }));

    const view = await as(township).get(`/petitions/${id}`);
    expect(view.status).toBe(200);
    expect(view.body.stage).toBe('accepted');
    expect(view.body.petition.handovers[0]).toMatchObject({
      decision: 'assigned', toUnit: 'hd-town', reportBy: '2026-11-30', receipt: { receivedOn: '2026-11-05' }, notice: { decision: 'accepted', servedOn: '2026-11-10' },
      reports: [{ filedOn: '2026-11-20', review: { decision: 'returned', reportBy: '2026-12-04' } }, { filedOn: '2026-11-28', review: { decision: 'verified' } }],
    });
    const clocks = Object.fromEntries(view.body.clocks.map((clock: { clock: string; seq: number; state: string }) => [`${clock.clock}#${clock.seq}`, clock.state]));
    expect(clocks).toMatchObject({ 'unit_notice#0': 'met', 'completion_report#0': 'met', 'completion_report#1': 'met', 'unit_objection#0': 'lapsed' });
    expect(view.body.units).toContainEqual({ ref: 'hd-town', registered: true, code: 'hd-town', name: '合德镇人民政府' });
    const steps = view.body.steps.map((step: { type: string; actor: { role: string } }) => `${step.type}:${step.actor.role}`);
    expect(steps).toEqual(expect.arrayContaining(['HandoverReceived:unit', 'UnitNoticeServed:unit', 'CompletionReportFiled:unit', 'CompletionReportVerified:clerk']));
  });

  it('lets the unit object in time and the bureau route the case elsewhere', async () => {
    const id = await registered();
    await expectOk(await as(clerk).post(`/petitions/${id}/acceptance`, { decision: 'forwarded', toUnit: 'hd-town', decidedAt: '2026-11-04' }));
    await expectOk(await as(township).post(`/petitions/${id}/handover/receipt`, { receivedOn: '2026-11-05' }));
    await expectOk(await as(township).post(`/petitions/${id}/objection`, { reason: '属教育局职责', objectedAt: '2026-11-11' }));
    await expectOk(await as(clerk).post(`/petitions/${id}/objection/decision`, { decision: 'upheld', reason: '异议成立', decidedOn: '2026-11-12' }));
    await expectOk(await as(clerk).post(`/petitions/${id}/acceptance`, { decision: 'forwarded', toUnit: 'jw-bureau', decidedAt: '2026-11-13' }));
    // The township no longer has it; the bureau of education does.
    expect((await as(township).get(`/petitions/${id}`)).status).toBe(404);
    expect((await as(otherUnit).get(`/petitions/${id}`)).status).toBe(200);
    const view = await as(clerk).get(`/petitions/${id}`);
    const windows = view.body.clocks.filter((clock: { clock: string }) => clock.clock === 'unit_objection');
    expect(windows.map((clock: { seq: number; state: string; stoppedOn?: string }) => [clock.seq, clock.state, clock.stoppedOn])).toEqual([[0, 'used', '2026-11-11'], [1, 'lapsed', undefined]]);
  });

  it('lets an unused objection window lapse: shown as lapsed, never as overdue', async () => {
    const id = await registered();
    await expectOk(await as(clerk).post(`/petitions/${id}/acceptance`, { decision: 'forwarded', toUnit: 'hd-town', decidedAt: '2026-11-04' }));
    await expectOk(await as(township).post(`/petitions/${id}/handover/receipt`, { receivedOn: '2026-11-05' }));
    const deadlines = await as(clerk).get(`/deadlines?petitionId=${id}&minPosition=${(await as(clerk).get(`/petitions/${id}`)).body.position}`);
    expect(deadlines.status).toBe(200);
    const window = deadlines.body.items.find((item: { clock: string }) => item.clock === 'unit_objection');
    expect(window).toMatchObject({ state: 'lapsed', deadline: '2026-11-12' });
    const overdue = await as(clerk).get(`/deadlines?state=overdue&petitionId=${id}`);
    expect(overdue.body.items.map((item: { clock: string }) => item.clock)).not.toContain('unit_objection');
    const lapsed = await as(clerk).get(`/deadlines?state=lapsed&petitionId=${id}`);
    expect(lapsed.body.items.map((item: { clock: string }) => item.clock)).toEqual(['unit_objection']);
  });

  describe('bad input changes nothing', () => {
    let assigned: string;
    let forwarded: string;
    beforeAll(async () => {
      assigned = await registered();
      await expectOk(await as(clerk).post(`/petitions/${assigned}/acceptance`, { decision: 'assigned', toUnit: 'hd-town', reportBy: '2026-12-31', decidedAt: '2026-11-04' }));
      forwarded = await registered();
      await expectOk(await as(clerk).post(`/petitions/${forwarded}/acceptance`, { decision: 'forwarded', toUnit: 'hd-town', decidedAt: '2026-11-04' }));
      await expectOk(await as(township).post(`/petitions/${forwarded}/handover/receipt`, { receivedOn: '2026-11-05' }));
    });

    it('answers another unit as if the case did not exist', async () => {
      await expectNothingAppended(() => as(otherUnit).post(`/petitions/${assigned}/handover/receipt`, {}) as never, 404);
      expect((await as(otherUnit).get(`/petitions/${assigned}`)).status).toBe(404);
      expect((await as(otherUnit).get('/units/hd-town/inbox')).status).toBe(404);
    });

    it('refuses a second receipt (409), and a receipt before the handover or in the future (422)', async () => {
      await expectNothingAppended(() => as(township).post(`/petitions/${forwarded}/handover/receipt`, {}) as never, 409);
      const early = await expectNothingAppended(() => as(township).post(`/petitions/${assigned}/handover/receipt`, { receivedOn: '2026-11-03' }) as never, 422);
      expect(early).toMatchObject({ errors: [{ field: 'receivedOn' }] });
      await expectNothingAppended(() => as(township).post(`/petitions/${assigned}/handover/receipt`, { receivedOn: '2099-01-01' }) as never, 422);
    });

    it('refuses an objection after its window, naming the window’s end', async () => {
      const late = await expectNothingAppended(() => as(township).post(`/petitions/${forwarded}/objection`, { reason: '不属本单位', objectedAt: '2026-11-13' }) as never, 422);
      expect(JSON.stringify(late)).toContain('2026-11-12');
    });

    it('refuses a completion report on a forwarded case (409) and an unknown legal procedure (400)', async () => {
      await expectNothingAppended(() => as(township).post(`/petitions/${forwarded}/completion-report`, { summary: '已办结' }) as never, 409);
      const fresh = await registered();
      const unknown = await expectNothingAppended(() => as(clerk).post(`/petitions/${fresh}/acceptance`, { decision: 'channelled', procedure: 'fortune_telling', receivingBody: '某机构' }) as never, 400);
      expect(unknown).toMatchObject({ errors: [{ field: 'procedure' }] });
    });
  });

  it('channels a claim into its legal procedure in any category, and keeps accusations from the accused unit', async () => {
    const claim = await registered({ category: 'labour_social_security' });
    await expectOk(await as(clerk).post(`/petitions/${claim}/acceptance`, { decision: 'channelled', procedure: 'arbitration', receivingBody: '射阳县劳动人事争议仲裁委员会', claimType: 'claim' }));
    expect((await as(clerk).get(`/petitions/${claim}`)).body).toMatchObject({ stage: 'channelled', petition: { claimType: 'claim', acceptance: { procedure: 'arbitration' } } });

    const accusation = await registered();
    await expectOk(await as(clerk).post(`/petitions/${accusation}/acceptance`, { decision: 'forwarded', toUnit: 'hd-town', claimType: 'accusation' }));
    expect((await as(township).get(`/petitions/${accusation}`)).status).toBe(404);
    const inbox = await as(township).get(`/units/hd-town/inbox?minPosition=${(await as(clerk).get(`/petitions/${accusation}`)).body.position}`);
    expect(inbox.body.items.map((item: { petitionId: string }) => item.petitionId)).not.toContain(accusation);
  });
});

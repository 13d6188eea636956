import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

type Response = { status: number; headers: Record<string, string>; body: Record<string, unknown> };

/** Every lifecycle step the rules or the roles refuse: a clear 4xx, and the event store holds exactly what it held before. */
describe('lifecycle refusals change nothing', () => {
  let t: TestApp;
  let clerk: string;
  let chair: string;
  let judge: string;
  let lawyer: string;
  let outsider: string;
  let auditor: string;
  const panel = [
    { memberId: 'chair-1', name: '王主任', role: 'chair' },
    { memberId: 'judge-1', name: '张法官', role: 'judge' },
    { memberId: 'lawyer-1', name: '刘律师', role: 'lawyer' },
  ];

  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.token('clerk', { sub: 'clerk-1' });
    chair = await t.token('panel', { sub: 'chair-1' });
    judge = await t.token('panel', { sub: 'judge-1' });
    lawyer = await t.token('panel', { sub: 'lawyer-1' });
    outsider = await t.token('panel', { sub: 'judge-2' });
    auditor = await t.token('auditor', { sub: 'auditor-1' });
  });
  afterAll(async () => t.close());

  let petitioners = 0;
  /** A petition of a petitioner of its own: intake links cases of the same person and matter, and these are unrelated. */
  const freshPetition = (receivedAt: string) => validPetition({ receivedAt, petitioners: [{ name: '王某某', phone: `1390000${String(++petitioners).padStart(4, '0')}` }] });

  const post = (token: string, path: string, body: unknown): Promise<Response> => t.http.post(path).set('Authorization', `Bearer ${token}`).send(body as object);

  async function ok(token: string, path: string, body: unknown, status = 200): Promise<Response> {
    const response = await post(token, path, body);
    expect({ path, status: response.status, body: response.status === status ? undefined : response.body }).toEqual({ path, status, body: undefined });
    return response;
  }

  async function expectRefused(send: () => Promise<Response>, status: number): Promise<Record<string, unknown>> {
    const before = await t.eventCount();
    const response = await send();
    expect({ status: response.status, body: response.body }).toMatchObject({ status, body: { status, title: expect.any(String), type: expect.any(String) } });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await t.eventCount()).toBe(before);
    return response.body;
  }

  const fieldsOf = (body: Record<string, unknown>) => (body.errors as { field: string }[]).map((error) => error.field);

  /** Received 2026-03-02, accepted 2026-03-05 by clerk-1 (its handler). */
  async function acceptedCase(): Promise<string> {
    const { body } = await ok(clerk, '/petitions', freshPetition('2026-03-02'), 201);
    await ok(clerk, `/petitions/${body.id}/acceptance`, { decision: 'accepted', handlingUnit: '某某镇人民政府', decidedAt: '2026-03-05' });
    return body.id as string;
  }

  /** A hearing scheduled on 2026-03-10 that sits on 2026-03-12; its path. */
  async function scheduledHearing(id: string): Promise<string> {
    const attendees = { petitioner: true, responsibleUnit: '某某镇人民政府' };
    const { body } = await ok(clerk, `/petitions/${id}/hearings`, { scheduledOn: '2026-03-10', hearingDate: '2026-03-12', venue: '县信访局', panel, attendees }, 201);
    return `/petitions/${id}/hearings/${body.hearingId as string}`;
  }

  const opinion = (value = 'supports') => ({ opinion: value, reasoning: '理由充分', givenOn: '2026-03-12' });
  const conclusion = (overrides: Record<string, unknown> = {}) => ({
    conclusion: 'supports',
    findings: '事实清楚',
    resolutionPlan: '限期补发',
    resolveBy: '2026-04-30',
    concludedOn: '2026-03-13',
    ...overrides,
  });

  describe('hearings', () => {
    let hearing: string;
    beforeAll(async () => {
      hearing = await scheduledHearing(await acceptedCase());
    });

    it('refuses an opinion from a panel user who is not on the hearing’s panel (403)', async () => {
      const body = await expectRefused(() => post(outsider, `${hearing}/opinions`, opinion()), 403);
      expect(body.detail).toContain('not a member of the panel');
    });

    it('refuses an opinion body naming a member: the member is always the caller (400)', async () => {
      const body = await expectRefused(() => post(judge, `${hearing}/opinions`, { ...opinion(), memberId: 'lawyer-1' }), 400);
      expect(fieldsOf(body)).toEqual(['memberId']);
    });

    it('refuses an opinion from a clerk or an admin: the role is panel only (403)', async () => {
      await expectRefused(() => post(clerk, `${hearing}/opinions`, opinion()), 403);
      const admin = await t.token('admin', { sub: 'judge-1' });
      await expectRefused(() => post(admin, `${hearing}/opinions`, opinion()), 403);
    });

    it('refuses a member’s second opinion (409)', async () => {
      await ok(judge, `${hearing}/opinions`, opinion());
      const body = await expectRefused(() => post(judge, `${hearing}/opinions`, opinion('does_not_support')), 409);
      expect(body).toMatchObject({ step: 'record_panel_opinion', recordedOn: '2026-03-12' });
    });

    it('refuses the conclusion before every member present has given an opinion (422)', async () => {
      await ok(chair, `${hearing}/opinions`, opinion());
      const body = await expectRefused(() => post(chair, `${hearing}/conclusion`, conclusion()), 422);
      expect(fieldsOf(body)).toEqual(['opinions']);
      expect(JSON.stringify(body.errors)).toContain('lawyer-1');
    });

    it('refuses the conclusion from a member who is not the chair (403)', async () => {
      await ok(lawyer, `${hearing}/opinions`, opinion());
      const body = await expectRefused(() => post(judge, `${hearing}/conclusion`, conclusion()), 403);
      expect(body.detail).toContain('only the chair');
    });

    it('refuses a conclusion dated before the hearing was scheduled (422)', async () => {
      const body = await expectRefused(() => post(chair, `${hearing}/conclusion`, conclusion({ concludedOn: '2026-03-09', resolveBy: '2026-03-31' })), 422);
      expect(fieldsOf(body)).toEqual(['concludedOn']);
    });

    it('refuses a resolve-by date not after the conclusion (422), then takes the chair’s conclusion', async () => {
      const body = await expectRefused(() => post(chair, `${hearing}/conclusion`, conclusion({ resolveBy: '2026-03-13' })), 422);
      expect(fieldsOf(body)).toEqual(['resolveBy']);
      await ok(chair, `${hearing}/conclusion`, conclusion());
    });

    it('refuses a second conclusion of a concluded hearing (409)', async () => {
      const body = await expectRefused(() => post(chair, `${hearing}/conclusion`, conclusion()), 409);
      expect(body).toMatchObject({ type: '/problems/proceeding-state', proceeding: 'hearing', proceedingStatus: 'concluded' });
    });
  });

  it('refuses a malformed panel member element by element, and a conditional field that does not apply (400)', async () => {
    const id = await acceptedCase();
    const attendees = { petitioner: 'yes', responsibleUnit: '某某镇人民政府', room: 3 };
    const badPanel = [{ memberId: 'chair-1', name: '王主任', role: 'chair' }, { memberId: '', name: '张法官', role: 'clerk' }, { memberId: 'x', name: 'y', role: 'judge', seat: 1 }];
    const body = await expectRefused(() => post(clerk, `/petitions/${id}/hearings`, { hearingDate: '2026-03-12', venue: '县信访局', panel: badPanel, attendees }), 400);
    expect(fieldsOf(body)).toEqual(expect.arrayContaining(['panel[1].memberId', 'panel[1].role', 'panel[2].seat', 'attendees.petitioner', 'attendees.room']));

    await ok(clerk, `/petitions/${id}/mediation`, { mediator: '县人民调解委员会', startedOn: '2026-03-06' });
    const sessions = `/petitions/${id}/mediation/sessions`;
    expect(fieldsOf(await expectRefused(() => post(clerk, sessions, { attendees: ['王某某'], summary: '协商', delayReason: '无' }), 400))).toEqual(['delayReason']);
    expect(fieldsOf(await expectRefused(() => post(clerk, sessions, { attendees: ['王某某'], summary: '协商', delayRequestedBy: 'petitioner' }), 400))).toEqual(['delayReason']);
    expect(fieldsOf(await expectRefused(() => post(clerk, sessions, { attendees: ['王某某', ' '], summary: '协商', heldOn: null }), 400)).sort()).toEqual(['attendees', 'heldOn']);
    const agreement = { terms: '分期支付', obligations: [{ party: '镇政府', obligation: '补发', dueOn: '2026-13-01' }] };
    expect(fieldsOf(await expectRefused(() => post(clerk, `/petitions/${id}/mediation/agreement`, agreement), 400))).toEqual(['obligations[0].dueOn']);
    const closure = { outcome: 'opinion_served', reason: '撤回', toOrgan: '县法院' };
    expect(fieldsOf(await expectRefused(() => post(clerk, `/petitions/${id}/closure`, closure), 400))).toEqual(['reason', 'toOrgan']);
  });

  it('refuses an extension of 31 days (400, the Art. 34 limit) and a second extension (409)', async () => {
    const id = await acceptedCase();
    const extension = { reason: '需补充调查', approver: '赵局长', extendedOn: '2026-04-10' };
    const body = await expectRefused(() => post(clerk, `/petitions/${id}/extension`, { ...extension, days: 31 }), 400);
    expect(body.errors).toEqual([{ field: 'days', code: 'max', message: expect.stringContaining('30') }]);
    await ok(clerk, `/petitions/${id}/extension`, { ...extension, days: 30 });
    const second = await expectRefused(() => post(clerk, `/petitions/${id}/extension`, { ...extension, days: 5 }), 409);
    expect(second).toMatchObject({ step: 'extend', recordedOn: '2026-04-10' });
  });

  it('refuses a review requested on day 31 after the opinion was served (422), and takes it on day 30', async () => {
    const id = await acceptedCase();
    await ok(clerk, `/petitions/${id}/opinion`, { outcome: 'not_supported', request: '足额补偿', facts: '已足额发放', reasons: '无依据', legalBasis: '条例', servedOn: '2026-04-20' });
    const review = { requestedBy: '王某某', reasons: '不服' };
    const body = await expectRefused(() => post(clerk, `/petitions/${id}/review`, { ...review, requestedOn: '2026-05-21' }), 422);
    expect(body.errors).toEqual([{ field: 'requestedOn', code: 'rule', message: expect.stringContaining('2026-05-20') }]);
    const taken = await ok(clerk, `/petitions/${id}/review`, { ...review, requestedOn: '2026-05-20' });
    expect(taken.body.stage).toBe('under_review');
  });

  it('refuses a handling opinion on a case not accepted, naming the stage and the steps allowed (409)', async () => {
    const { body: registered } = await ok(clerk, '/petitions', freshPetition('2026-03-02'), 201);
    const opinion = { outcome: 'supported', request: '足额补偿', facts: '属实', reasons: '有依据', legalBasis: '条例', servedOn: '2026-03-20' };
    const body = await expectRefused(() => post(clerk, `/petitions/${registered.id as string}/opinion`, opinion), 409);
    expect(body).toMatchObject({ type: '/problems/transition-refused', stage: 'registered', allowedNext: ['accept', 'not_accept', 'forward', 'assign', 'channel', 'reclassify'] });
  });

  it('refuses a rating before the closure (409), in handling and with the opinion served', async () => {
    const id = await acceptedCase();
    const rating = { rating: 'satisfied', ratedOn: '2026-04-25' };
    expect(await expectRefused(() => post(clerk, `/petitions/${id}/rating`, rating), 409)).toMatchObject({ stage: 'accepted', allowedNext: expect.not.arrayContaining(['rate']) });
    await ok(clerk, `/petitions/${id}/opinion`, { outcome: 'explained', request: '足额补偿', facts: '属实', reasons: '已解释', legalBasis: '条例', servedOn: '2026-04-20' });
    expect(await expectRefused(() => post(clerk, `/petitions/${id}/rating`, rating), 409)).toMatchObject({ stage: 'opinion_served', allowedNext: ['close', 'request_review', 'reclassify', 'change_claim_type'] });
  });

  it('lets an auditor call none of the lifecycle’s write routes (403)', async () => {
    const id = await acceptedCase();
    const hearing = await scheduledHearing(id);
    const paths = [
      'objection', 'reclassification', 'hearings', 'mediation', 'mediation/sessions', 'mediation/agreement', 'mediation/failure', 'extension', 'opinion',
      'closure', 'rating', 'review', 'review/opinion', 'final-review', 'final-review/opinion',
    ].map((path) => `/petitions/${id}/${path}`);
    paths.push(...['opinions', 'conclusion', 'adjournment', 'rescheduling'].map((path) => `${hearing}/${path}`));
    for (const path of paths) {
      const body = await expectRefused(() => post(auditor, path, { reason: '审计' }), 403);
      expect({ path, detail: body.detail }).toEqual({ path, detail: expect.stringContaining('needs one of the roles') });
    }
  });

  it('lets a panel member read the cases whose hearing they sit on, and no other (403)', async () => {
    const sitting = await acceptedCase();
    await scheduledHearing(sitting);
    const other = await acceptedCase();
    const seen = await t.http.get(`/petitions/${sitting}`).set('Authorization', `Bearer ${judge}`);
    expect(seen.status).toBe(200);
    for (const petitioner of seen.body.petition.petitioners) expect(Object.keys(petitioner)).toEqual(['name']);
    expect((await t.http.get(`/petitions/${other}`).set('Authorization', `Bearer ${judge}`)).status).toBe(403);
    expect((await t.http.get(`/petitions/${sitting}`).set('Authorization', `Bearer ${outsider}`)).status).toBe(403);
  });
});

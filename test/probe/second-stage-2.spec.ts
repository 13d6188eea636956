import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

interface Body { id?: string; supervisionId?: string; position?: string; errors?: { field: string }[]; nextCursor?: string | null; field?: string; stage?: string; [field: string]: unknown }
type Res = { status: number; body: Body; headers: Record<string, string> };

/** The second probe: what the first left open, then a sweep of API.md's conventions on the second stage. */
describe('probe 2: second stage against API.md / DOMAIN.md', () => {
  let t: TestApp;
  let clerk: string, auditor: string, township: string, otherUnit: string, leader: string, otherLeader: string;

  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.token('clerk', { sub: 'clerk-1', name: '李科员' });
    auditor = await t.token('auditor', { sub: 'auditor-1' });
    township = await t.token('unit', { sub: 'officer-1', unit: 'hd-town' });
    otherUnit = await t.token('unit', { sub: 'officer-9', unit: 'jw-bureau' });
    leader = await t.token('leader', { sub: 'leader-1', name: '周建华' });
    otherLeader = await t.token('leader', { sub: 'leader-2', name: '李明' });
    const admin = await t.token('admin', { sub: 'admin-1' });
    for (const [code, name] of [['hd-town', '合德镇人民政府'], ['jw-bureau', '射阳县教育局']] as const) {
      expect((await t.http.put(`/units/${code}`).set('Authorization', `Bearer ${admin}`).send({ name, level: 'township' })).status).toBe(201);
    }
  });
  afterAll(async () => t.close());

  const post = (token: string, path: string, body: object | string, headers: Record<string, string> = {}) => {
    const r = t.http.post(path).set('Authorization', `Bearer ${token}`);
    for (const [k, v] of Object.entries(headers)) r.set(k, v);
    return r.send(body) as unknown as Promise<Res>;
  };
  const get = (token: string, path: string) => t.http.get(path).set('Authorization', `Bearer ${token}`) as unknown as Promise<Res>;
  const ok = (r: Res, status = 200) => { if (r.status !== status) throw new Error(`expected ${status} got ${r.status} ${JSON.stringify(r.body)}`); return r.body; };
  const missing = '00000000-0000-4000-8000-000000000000';

  async function refused(label: string, call: () => Promise<Res>, status: number | number[], problems: string[]) {
    const before = await t.eventCount();
    const r = await call();
    const after = await t.eventCount();
    const statuses = Array.isArray(status) ? status : [status];
    if (!statuses.includes(r.status) || !/problem\+json/.test(r.headers['content-type'] ?? '') || after !== before) {
      problems.push(`${label}: status ${r.status} (want ${statuses}), ct ${r.headers['content-type']}, appended ${after - before}, body ${JSON.stringify(r.body).slice(0, 300)}`);
    }
    return r;
  }

  async function registered(): Promise<string> {
    return ok(await post(clerk, '/petitions', validPetition({ responsibleUnit: 'hd-town', receivedAt: '2026-11-02' })), 201).id!;
  }
  async function assigned(): Promise<string> {
    const id = await registered();
    ok(await post(clerk, `/petitions/${id}/acceptance`, { decision: 'assigned', toUnit: 'hd-town', reportBy: '2026-11-30', decidedAt: '2026-11-04', claimType: 'claim' }));
    return id;
  }
  async function accepted(): Promise<string> {
    const id = await registered();
    ok(await post(clerk, `/petitions/${id}/acceptance`, { decision: 'accepted', handlingUnit: 'hd-town', decidedAt: '2026-11-04', claimType: 'claim' }));
    return id;
  }

  it('GET /reports/overdue bounds its month like every business date: none before 1949-10, none after the current month', async () => {
    const problems: string[] = [];
    for (const month of ['2099-01', '1900-01', '1949-09']) {
      const r = await get(clerk, `/reports/overdue?month=${month}`);
      if (![400, 422].includes(r.status) || !/problem\+json/.test(r.headers['content-type'] ?? '') || !(r.body.errors ?? []).some((e) => e.field === 'month')) {
        problems.push(`month=${month}: ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
      }
    }
    const now = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
    const next = new Date(Date.now() + 8 * 3600_000 + 32 * 86400_000).toISOString().slice(0, 7);
    for (const month of ['1949-10', now]) {
      const r = await get(clerk, `/reports/overdue?month=${month}`);
      if (r.status !== 200) problems.push(`month=${month}: ${r.status}`);
    }
    if ((await get(clerk, `/reports/overdue?month=${next}`)).status === 200) problems.push(`month=${next} (next month) answered 200`);
    expect(problems).toEqual([]);
  });

  it('an unknown id in a path is 404 naming it, like an unknown supervision; nothing appended', async () => {
    const problems: string[] = [];
    const id = await accepted();
    const cases: [string, string, object, string][] = [
      ['plan task', `plan-tasks/${missing}/completion`, { evidence: '已完成' }, 'taskId'],
      ['obligation', `mediation/obligations/${missing}/performance`, { outcome: 'performed' }, 'obligationId'],
      ['hearing', `hearings/${missing}/adjournment`, { action: 'cancel', reason: '取消' }, 'hearingId'],
      ['supervision', `supervisions/${missing}/escalation`, { reason: 'x', answerBy: '2026-12-20' }, 'supervisionId'],
    ];
    for (const [label, path, body, field] of cases) {
      const r = await refused(label, () => post(clerk, `/petitions/${id}/${path}`, body), 404, problems);
      if (r.status === 404 && !JSON.stringify(r.body).includes(field)) problems.push(`${label}: 404 does not name ${field}: ${JSON.stringify(r.body)}`);
    }
    expect(problems).toEqual([]);
  });

  it('the claim type is recorded at acceptance: changing it before the acceptance decision is 409; after it, it changes', async () => {
    const problems: string[] = [];
    const id = await registered();
    const r = await refused('claim-type on a registered case', () => post(clerk, `/petitions/${id}/claim-type`, { claimType: 'suggestion', reason: '实为建议' }), 409, problems);
    if (r.status === 409 && r.body.stage !== 'registered') problems.push(`409 without the stage: ${JSON.stringify(r.body)}`);
    const decided = await assigned();
    ok(await post(clerk, `/petitions/${decided}/claim-type`, { claimType: 'suggestion', reason: '实为建议' }));
    expect(problems).toEqual([]);
  });
});

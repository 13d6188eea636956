import { samplePdf } from '../case-file/sample-files.js';
import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

/** A clock as the case, /deadlines and the inbox show it; an inbox item carries its clocks. */
interface ClockItem { clock: string; petitionId?: string; holder?: string; nature?: string; state?: string; daysLeft?: number | null; unit?: string; clocks?: ClockItem[] }
interface Body { id?: string; supervisionId?: string; position?: string; clocks?: ClockItem[]; items?: ClockItem[]; errors?: { field: string }[]; nextCursor?: string | null; [field: string]: unknown }
type Res = { status: number; body: Body; headers: Record<string, string> };

describe('probe: second stage against API.md / DOMAIN.md', () => {
  let t: TestApp;
  let clerk: string, auditor: string, township: string, otherUnit: string, leader: string, otherLeader: string, panel: string;

  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.token('clerk', { sub: 'clerk-1', name: '李科员' });
    auditor = await t.token('auditor', { sub: 'auditor-1' });
    township = await t.token('unit', { sub: 'officer-1', unit: 'hd-town' });
    otherUnit = await t.token('unit', { sub: 'officer-9', unit: 'jw-bureau' });
    leader = await t.token('leader', { sub: 'leader-1', name: '周建华' });
    otherLeader = await t.token('leader', { sub: 'leader-2', name: '李明' });
    panel = await t.token('panel', { sub: 'panel-x' });
    const admin = await t.token('admin', { sub: 'admin-1' });
    for (const [code, name] of [['hd-town', '合德镇人民政府'], ['jw-bureau', '射阳县教育局']] as const) {
      expect((await t.http.put(`/units/${code}`).set('Authorization', `Bearer ${admin}`).send({ name, level: 'township' })).status).toBe(201);
    }
  });
  afterAll(async () => t.close());

  const post = (token: string, path: string, body: object, headers: Record<string, string> = {}) => {
    const r = t.http.post(path).set('Authorization', `Bearer ${token}`);
    for (const [k, v] of Object.entries(headers)) r.set(k, v);
    return r.send(body) as unknown as Promise<Res>;
  };
  const get = (token: string, path: string) => t.http.get(path).set('Authorization', `Bearer ${token}`) as unknown as Promise<Res>;
  const ok = (r: Res, status = 200) => { if (r.status !== status) throw new Error(`expected ${status} got ${r.status} ${JSON.stringify(r.body)}`); return r.body; };

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

  async function assigned(): Promise<string> {
    const id = ok(await post(clerk, '/petitions', validPetition({ responsibleUnit: 'hd-town', receivedAt: '2026-11-02' })), 201).id!;
    ok(await post(clerk, `/petitions/${id}/acceptance`, { decision: 'assigned', toUnit: 'hd-town', reportBy: '2026-11-30', decidedAt: '2026-11-04', claimType: 'claim' }));
    return id;
  }

  it('another unit gets 404 on every unit route; auditor 403; panel 403', async () => {
    const problems: string[] = [];
    const id = await assigned();
    ok(await post(township, `/petitions/${id}/handover/receipt`, { receivedOn: '2026-11-05' }));
    const sid = ok(await post(clerk, `/petitions/${id}/supervisions`, { level: 'reminder', subject: '催办', answerBy: '2026-12-20', issuedOn: '2026-11-06' }), 201).supervisionId;
    const bodies: [string, object][] = [
      ['handover/receipt', {}],
      ['handover/notice', { decision: 'accepted', servedOn: '2026-11-06' }],
      ['objection', { reason: '不属本单位' }],
      ['completion-report', { summary: '已办结' }],
      [`supervisions/${sid}/answer`, { progress: '办理中' }],
    ];
    for (const [path, body] of bodies) {
      await refused(`other unit ${path}`, () => post(otherUnit, `/petitions/${id}/${path}`, body), 404, problems);
      await refused(`auditor ${path}`, () => post(auditor, `/petitions/${id}/${path}`, body), 403, problems);
      await refused(`panel ${path}`, () => post(panel, `/petitions/${id}/${path}`, body), 403, problems);
    }
    for (const path of ['objection/decision', 'completion-report/verification', 'supervisions', `supervisions/${sid}/escalation`, 'owner', 'claim-type', 'follow-ups', 'resolution', 'sign-off']) {
      await refused(`unit ${path}`, () => post(township, `/petitions/${id}/${path}`, {}), 403, problems);
      await refused(`auditor ${path}`, () => post(auditor, `/petitions/${id}/${path}`, {}), 403, problems);
    }
    // A multipart upload to another unit's case: no such case.
    const before = await t.eventCount();
    const upload = await t.http.post(`/petitions/${id}/attachments`).set('Authorization', `Bearer ${otherUnit}`).field('kind', 'completion_report').attach('file', await samplePdf('completion report'), { filename: 'a.pdf', contentType: 'application/pdf' });
    if (upload.status !== 404 || (await t.eventCount()) !== before) problems.push(`other unit upload ${upload.status}`);
    expect(problems).toEqual([]);
  });

  it('keeps a case with the unit while its objection waits for the bureau: it reads it, finds it in its inbox, and a second objection is 409', async () => {
    const id = ok(await post(clerk, '/petitions', validPetition({ responsibleUnit: 'hd-town', receivedAt: '2026-11-02' })), 201).id!;
    ok(await post(clerk, `/petitions/${id}/acceptance`, { decision: 'forwarded', toUnit: 'hd-town', decidedAt: '2026-11-04' }));
    ok(await post(township, `/petitions/${id}/handover/receipt`, { receivedOn: '2026-11-05' }));
    const objected = ok(await post(township, `/petitions/${id}/objection`, { reason: '不属本单位职责', objectedAt: '2026-11-06' }));
    const view = await get(township, `/petitions/${id}`);
    expect([view.status, view.body.stage]).toEqual([200, 'objected']);
    const inbox = ok(await get(township, `/units/hd-town/inbox?minPosition=${objected.position}`));
    expect(inbox.items!.map((item) => item.petitionId)).toContain(id);
    const problems: string[] = [];
    await refused('second objection', () => post(township, `/petitions/${id}/objection`, { reason: '不属本单位', objectedAt: '2026-11-07' }), 409, problems);
    await refused('another unit', () => post(otherUnit, `/petitions/${id}/objection`, { reason: '不属本单位', objectedAt: '2026-11-07' }), 404, problems);
    expect(problems).toEqual([]);
    expect((await get(otherUnit, `/petitions/${id}`)).status).toBe(404);
    // Rejected: the unit keeps it; upheld and routed elsewhere, it is no longer the unit's.
    ok(await post(clerk, `/petitions/${id}/objection/decision`, { decision: 'rejected', reason: '属本单位职责', decidedOn: '2026-11-07' }));
    expect((await get(township, `/petitions/${id}`)).body.stage).toBe('forwarded');
  });

  it('a leader on a case it does not own: 404 everywhere', async () => {
    const problems: string[] = [];
    const id = await assigned();
    ok(await post(clerk, `/petitions/${id}/owner`, { leaderId: 'leader-1', leaderName: '周建华', post: '副县长', from: '2026-11-05' }));
    const other = await assigned();
    for (const [path, body] of [['receptions', { place: '接待大厅', receivedOn: '2026-11-06' }], ['instructions', { text: '批示', instructedOn: '2026-11-06' }], ['follow-ups', { visitedBy: '周', attitude: 'satisfied' }]] as const) {
      await refused(`other leader ${path}`, () => post(otherLeader, `/petitions/${id}/${path}`, body), 404, problems);
      await refused(`leader on unowned ${path}`, () => post(leader, `/petitions/${other}/${path}`, body), 404, problems);
    }
    const r = await get(otherLeader, `/petitions/${id}`);
    if (r.status !== 404) problems.push(`GET other leader ${r.status}`);
    const mine = await get(leader, `/petitions/${id}`);
    if (mine.status !== 200) problems.push(`GET own leader ${mine.status}`);
    // GET /me/cases pages like every list.
    const second = await assigned();
    const owned = ok(await post(clerk, `/petitions/${second}/owner`, { leaderId: 'leader-1', leaderName: '周建华', post: '副县长', from: '2026-11-06' }));
    const all = ok(await get(leader, `/me/cases?minPosition=${owned.position}`));
    const first = ok(await get(leader, '/me/cases?limit=1'));
    const next = ok(await get(leader, `/me/cases?limit=1&cursor=${first.nextCursor as string}`));
    const ids = (page: Body) => (page.items as unknown as { petitionId: string }[]).map((item) => item.petitionId);
    if (JSON.stringify([...ids(first), ...ids(next)]) !== JSON.stringify([second, id]) || JSON.stringify(ids(all)) !== JSON.stringify([second, id]) || next.nextCursor !== null) {
      problems.push(`me/cases paged ${ids(first)} + ${ids(next)} vs ${ids(all)}`);
    }
    for (const q of ['/me/cases?limit=500', '/me/cases?minPosition=soon', '/me/cases?cursor=garbage']) {
      const r = await get(leader, q);
      if (r.status !== 400) problems.push(`${q}: ${r.status}`);
    }
    expect(problems).toEqual([]);
  });

  it('bad input on new commands: clear 4xx problem+json, nothing appended', async () => {
    const problems: string[] = [];
    const id = await assigned();
    const missing = '00000000-0000-4000-8000-000000000000';
    const cases: [string, string, object, number | number[]][] = [
      ['receipt unknown field', 'handover/receipt', { receivedOn: '2026-11-05', foo: 1 }, 400],
      ['receipt bad date', 'handover/receipt', { receivedOn: '2026-02-30' }, 400],
      ['receipt wrong type', 'handover/receipt', { receivedOn: 20261105 }, 400],
      ['notice before receipt', 'handover/notice', { decision: 'accepted' }, [409, 422]],
      ['notice bad decision', 'handover/notice', { decision: 'maybe' }, 400],
      ['notice not_accepted no reason', 'handover/notice', { decision: 'not_accepted' }, 400],
      ['completion before receipt', 'completion-report', { summary: '已办结' }, [409, 422]],
      ['completion too long', 'completion-report', { summary: 'x'.repeat(100000) }, [400, 413]],
      ['completion attachment unknown', 'completion-report', { summary: 'x', attachmentIds: [missing] }, [409, 422]],
      ['verification before report', 'completion-report/verification', { decision: 'verified' }, [409, 422]],
      ['verification returned no reportBy', 'completion-report/verification', { decision: 'returned', reason: 'x' }, 400],
      ['objection decision without objection', 'objection/decision', { decision: 'upheld', reason: 'x' }, [409, 422]],
      ['supervision missing answerBy', 'supervisions', { level: 'notice', subject: 'x' }, 400],
      ['supervision bad level', 'supervisions', { level: 'urgent', subject: 'x', answerBy: '2026-12-20' }, 400],
      ['supervision unknown unit', 'supervisions', { level: 'notice', subject: 'x', answerBy: '2026-12-20', unit: 'nowhere' }, [409, 422]],
      ['supervision future issuedOn', 'supervisions', { level: 'notice', subject: 'x', answerBy: '2099-12-20', issuedOn: '2099-01-01' }, 422],
      ['answer unknown sid', `supervisions/${missing}/answer`, { progress: 'x' }, 404],
      ['answer non-uuid sid', `supervisions/abc/answer`, { progress: 'x' }, [400, 404]],
      ['escalate unknown sid', `supervisions/${missing}/escalation`, { reason: 'x', answerBy: '2026-12-20' }, 404],
      ['owner missing post', 'owner', { leaderId: 'l', leaderName: 'n' }, 400],
      ['owner future from', 'owner', { leaderId: 'l', leaderName: 'n', post: 'p', from: '2099-01-01' }, 422],
      ['reception clerk no leader', 'receptions', { place: 'x' }, [400, 422]],
      ['instruction empty text', 'instructions', { text: '   ', leaderName: 'n' }, 400],
      ['claim-type bad', 'claim-type', { claimType: 'whatever', reason: 'x' }, 400],
      ['claim-type missing reason', 'claim-type', { claimType: 'suggestion' }, 400],
      ['follow-up not enrolled', 'follow-ups', { visitedBy: 'x', attitude: 'satisfied' }, 409],
      ['resolution not enrolled', 'resolution', { basis: 'written_commitment' }, [400, 409]],
      ['sign-off not enrolled', 'sign-off', {}, [409]],
      ['plan task unknown', `plan-tasks/${missing}/completion`, { evidence: 'x' }, [404, 409, 422]],
      ['obligation unknown', `mediation/obligations/${missing}/performance`, { outcome: 'performed' }, [400, 404, 409, 422]],
      ['recusal unknown hearing', `hearings/${missing}/recusals`, { memberId: 'x', reason: 'y' }, [400, 404, 409, 422]],
      ['service unknown number', `documents/issued/${encodeURIComponent('信受字〔2026〕99号')}/service`, { method: 'post', servedOn: '2026-11-05', proofAttachmentId: missing }, [404, 422]],
    ];
    for (const [label, path, body, status] of cases) await refused(label, () => post(clerk, `/petitions/${id}/${path}`, body), status, problems);
    // DOMAIN.md: an assignment (交办) carries a report-by date set by the bureau.
    const fresh = ok(await post(clerk, '/petitions', validPetition({ responsibleUnit: 'hd-town', receivedAt: '2026-11-02' })), 201).id!;
    const noReportBy = await refused('assignment without reportBy', () => post(clerk, `/petitions/${fresh}/acceptance`, { decision: 'assigned', toUnit: 'hd-town', decidedAt: '2026-11-04' }), 400, problems);
    if (JSON.stringify(noReportBy.body.errors) !== JSON.stringify([{ field: 'reportBy', code: 'required', message: 'reportBy is required' }])) problems.push(`assignment without reportBy: ${JSON.stringify(noReportBy.body.errors)}`);
    // unknown petition
    for (const path of ['handover/receipt', 'supervisions', 'owner', 'claim-type']) {
      await refused(`unknown petition ${path}`, () => post(clerk, `/petitions/${missing}/${path}`, { level: 'notice', subject: 'x', answerBy: '2026-12-20' }), [400, 404], problems);
    }
    expect(problems).toEqual([]);
  });

  it('idempotency and If-Match on new commands', async () => {
    const problems: string[] = [];
    const id = await assigned();
    const body = { level: 'notice', subject: '督办', answerBy: '2026-12-20', issuedOn: '2026-11-06' };
    const before = await t.eventCount();
    const a = await post(clerk, `/petitions/${id}/supervisions`, body, { 'Idempotency-Key': 'k-1' });
    const b = await post(clerk, `/petitions/${id}/supervisions`, body, { 'Idempotency-Key': 'k-1' });
    if (a.status !== 201 || b.status !== 201 || a.body.supervisionId !== b.body.supervisionId) problems.push(`replay: ${a.status} ${b.status} ${a.body.supervisionId} ${b.body.supervisionId}`);
    if (b.headers['idempotent-replayed'] !== 'true') problems.push(`no Idempotent-Replayed header`);
    if ((await t.eventCount()) - before !== 1) problems.push(`appended ${(await t.eventCount()) - before}`);
    await refused('same key other body', () => post(clerk, `/petitions/${id}/supervisions`, { ...body, subject: 'other' }, { 'Idempotency-Key': 'k-1' }), 422, problems);
    if (!a.headers.etag) problems.push('no ETag');
    await refused('stale If-Match receipt', () => post(township, `/petitions/${id}/handover/receipt`, { receivedOn: '2026-11-05' }, { 'If-Match': '"1"' }), 412, problems);
    const fresh = await post(township, `/petitions/${id}/handover/receipt`, { receivedOn: '2026-11-05' }, { 'If-Match': a.headers.etag! });
    if (fresh.status !== 200) problems.push(`fresh If-Match: ${fresh.status} ${JSON.stringify(fresh.body)}`);
    // unit replays
    const r1 = await post(township, `/petitions/${id}/handover/notice`, { decision: 'accepted', servedOn: '2026-11-06' }, { 'Idempotency-Key': 'u-1' });
    const r2 = await post(township, `/petitions/${id}/handover/notice`, { decision: 'accepted', servedOn: '2026-11-06' }, { 'Idempotency-Key': 'u-1' });
    if (r1.status !== 200 || r2.status !== 200 || r2.headers['idempotent-replayed'] !== 'true') problems.push(`unit replay ${r1.status} ${r2.status}`);
    expect(problems).toEqual([]);
  });

  it('clocks of the second part with holder and nature; /deadlines?petitionId; inbox clocks', async () => {
    const problems: string[] = [];
    const id = await assigned();
    ok(await post(township, `/petitions/${id}/handover/receipt`, { receivedOn: '2026-11-05' }));
    const s = ok(await post(clerk, `/petitions/${id}/supervisions`, { level: 'notice', subject: '督办', answerBy: '2026-12-20', issuedOn: '2026-11-06' }), 201);
    const view = ok(await get(clerk, `/petitions/${id}`));
    const byKind = Object.fromEntries(view.clocks!.map((c) => [c.clock, c]));
    const want: Record<string, [string, string]> = { unit_notice: ['unit', 'duty'], unit_objection: ['unit', 'right'], completion_report: ['unit', 'duty'], supervision_answer: ['unit', 'duty'] };
    for (const [kind, [holder, nature]] of Object.entries(want)) {
      const c = byKind[kind];
      if (!c || c.holder !== holder || c.nature !== nature) problems.push(`clock ${kind}: ${JSON.stringify(c)}`);
    }
    const dl = ok(await get(clerk, `/deadlines?petitionId=${id}&minPosition=${s.position}`));
    const kinds = dl.items!.map((i) => i.clock).sort();
    for (const k of Object.keys(want)) if (!kinds.includes(k)) problems.push(`deadlines lacks ${k}: ${kinds}`);
    for (const i of dl.items!) if (i.petitionId !== id) problems.push(`deadlines other case ${i.petitionId}`);
    for (const i of dl.items!) {
      const c = byKind[i.clock];
      if (!c || i.holder !== c.holder || i.nature !== c.nature) problems.push(`deadline item ${i.clock} holder/nature ${i.holder}/${i.nature} vs case ${c?.holder}/${c?.nature}`);
      if (i.unit !== 'hd-town') problems.push(`deadline item ${i.clock} unit ${i.unit}`);
    }
    // A lapsed right's window and a stopped clock have no days left (a right is never overdue).
    const lapsed = dl.items!.find((i) => i.clock === 'unit_objection');
    if (lapsed?.state !== 'lapsed' || lapsed.daysLeft !== null) problems.push(`lapsed window ${JSON.stringify(lapsed)}`);
    const acceptance = dl.items!.find((i) => i.clock === 'acceptance');
    if (acceptance?.state !== 'met' || acceptance.daysLeft !== null) problems.push(`met acceptance ${JSON.stringify(acceptance)}`);
    const notice = dl.items!.find((i) => i.clock === 'unit_notice');
    if (notice?.state !== 'overdue' || !((notice.daysLeft ?? 0) < 0)) problems.push(`overdue notice ${JSON.stringify(notice)}`);
    const asOfPast = ok(await get(clerk, `/deadlines?petitionId=${id}&asOf=2026-11-03`));
    const runningThen = asOfPast.items!.find((i) => i.clock === 'acceptance');
    if (runningThen?.daysLeft !== 14) problems.push(`acceptance as of 2026-11-03 ${JSON.stringify(runningThen)}`);
    const inbox = ok(await get(township, `/units/hd-town/inbox?minPosition=${s.position}`));
    const entry = inbox.items!.find((i) => i.petitionId === id);
    if (!entry || !Array.isArray(entry.clocks) || entry.clocks.length === 0) problems.push(`inbox entry ${JSON.stringify(entry)}`);
    for (const c of entry?.clocks ?? []) {
      const inCase = byKind[c.clock];
      if (c.holder !== inCase?.holder || c.nature !== inCase?.nature) problems.push(`inbox clock ${c.clock} holder/nature ${c.holder}/${c.nature}`);
      if (['met', 'missed', 'used', 'lapsed'].includes(c.state ?? '') && c.daysLeft !== null) problems.push(`inbox clock ${c.clock} ${c.state} daysLeft ${c.daysLeft}`);
    }
    const bad = await get(clerk, `/deadlines?petitionId=not-a-uuid`);
    if (bad.status !== 400) problems.push(`deadlines bad petitionId ${bad.status}`);
    const pub = await get(clerk, `/supervisions?state=bogus`);
    if (pub.status !== 400) problems.push(`supervisions bad state ${pub.status}`);
    for (const q of ['/supervisions?asOf=2026-02-30', '/supervisions?proposed=maybe', '/reports/overdue?month=2026-13', '/reports/overdue', '/supervisions?limit=500', '/units/hd-town/inbox?limit=0']) {
      const r = await get(clerk, q);
      if (r.status !== 400) problems.push(`${q}: ${r.status}`);
    }
    const x = await get(clerk, '/supervisions?format=xlsx');
    if (x.status !== 200 || !/spreadsheetml/.test(x.headers['content-type'] ?? '')) problems.push(`supervisions xlsx ${x.status} ${x.headers['content-type']}`);
    const leaderX = await get(leader, '/supervisions?format=xlsx');
    if (leaderX.status !== 200) problems.push(`leader supervisions xlsx ${leaderX.status}`);
    const bogus = await get(clerk, '/supervisions?format=csv');
    if (bogus.status !== 400) problems.push(`supervisions format=csv ${bogus.status}`);
    expect(problems).toEqual([]);
  });

  it('units register: bad input', async () => {
    const problems: string[] = [];
    const admin = await t.token('admin', { sub: 'admin-1' });
    const put = (code: string, body: object) => t.http.put(`/units/${code}`).set('Authorization', `Bearer ${admin}`).send(body) as unknown as Promise<Res>;
    await refused('unit bad level', () => put('x-2', { name: 'n', level: 'province' }), 400, problems);
    await refused('unit unknown field', () => put('x-2', { name: 'n', level: 'township', foo: 1 }), 400, problems);
    await refused('unit missing name', () => put('x-2', { level: 'township' }), 400, problems);
    await refused('unit self parent', () => put('x-3', { name: 'n', level: 'township', parent: 'x-3' }), [400, 422], problems);
    await refused('unit bad code', () => put('a%20b', { name: 'n', level: 'township' }), 400, problems);
    await refused('unit code too long', () => put('a'.repeat(300), { name: 'n', level: 'township' }), 400, problems);
    // Two units of one name would make history written by name, and a unit's access by name, ambiguous.
    const taken = await refused('unit name of another unit', () => put('x-4', { name: '合德镇人民政府', level: 'township' }), 422, problems);
    if (taken.body.errors?.[0]?.field !== 'name') problems.push(`taken name errors ${JSON.stringify(taken.body.errors)}`);
    if ((await put('hd-town', { name: '合德镇人民政府', level: 'township' })).status !== 200) problems.push('redefining a unit under its own name');
    // The register pages like every list (limit ≤ 200, an opaque cursor), and is whole without a limit.
    const whole = ok(await get(clerk, '/units'));
    const codes = (whole.items as unknown as { code: string }[]).map((unit) => unit.code);
    const first = ok(await get(clerk, '/units?limit=1'));
    const second = ok(await get(clerk, `/units?limit=1&cursor=${first.nextCursor as string}`));
    const paged = [...(first.items as unknown as { code: string }[]), ...(second.items as unknown as { code: string }[])].map((unit) => unit.code);
    if (JSON.stringify(paged) !== JSON.stringify(codes) || whole.nextCursor !== null || second.nextCursor !== null) problems.push(`units paged ${paged} vs ${codes}, cursors ${first.nextCursor} ${second.nextCursor}`);
    for (const q of ['/units?limit=201', '/units?limit=0', '/units?cursor=garbage']) {
      const r = await get(clerk, q);
      if (r.status !== 400) problems.push(`${q}: ${r.status}`);
    }
    const g = await get(clerk, '/units/nowhere');
    if (g.status !== 404) problems.push(`GET unknown unit ${g.status}`);
    expect(problems).toEqual([]);
  });

  it('programmes: bad input', async () => {
    const problems: string[] = [];
    await refused('programme missing name', () => post(clerk, '/programmes', {}), 400, problems);
    await refused('programme unknown field', () => post(clerk, '/programmes', { name: 'x', foo: 1 }), 400, problems);
    await refused('enrol unknown programme', () => post(clerk, '/programmes/00000000-0000-4000-8000-000000000000/enrolments', { petitionId: '00000000-0000-4000-8000-000000000000', track: 'simple', reason: 'long_standing', owningLeader: 'x', targetDate: '2026-12-31' }), [404, 422], problems);
    const l = await get(clerk, '/programmes/00000000-0000-4000-8000-000000000000/ledger');
    if (l.status !== 404) problems.push(`ledger unknown ${l.status}`);
    const l2 = await get(clerk, '/programmes/abc/ledger');
    if (l2.status !== 400 && l2.status !== 404) problems.push(`ledger bad id ${l2.status}`);
    expect(problems).toEqual([]);
  });
});

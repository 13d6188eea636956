import { caseDriver, type CaseDriver, OPINION } from '../documents/case-driver.js';
import { withPdfTools } from '../support/pdf-tools.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** API.md: a command on an existing case sent with If-Match fails with 412 if the case moved on — issuing a document too. */
describe('conditional and retried case-file commands', () => {
  let t: TestApp;
  let cases: CaseDriver;
  beforeAll(async () => {
    t = await startTestApp();
    cases = await caseDriver(t);
  });
  afterAll(async () => t.close());

  const issue = (id: string, headers: Record<string, string>, body: object = { issuedOn: '2026-04-21' }) => {
    const request = t.http.post(`/petitions/${id}/documents/handling-opinion/issue`).set('Authorization', `Bearer ${cases.clerk}`);
    for (const [name, value] of Object.entries(headers)) request.set(name, value);
    return request.send(body);
  };

  withPdfTools('refuses an issue whose If-Match the case moved on from (412), taking no number; issues at the current version and replays by Idempotency-Key', async () => {
    const { id } = await cases.register();
    await cases.step(`/petitions/${id}/acceptance`, { decision: 'accepted', handlingUnit: '某某镇人民政府', decidedAt: '2026-03-05' });
    await cases.step(`/petitions/${id}/opinion`, OPINION);
    const before = await t.eventCount();
    const stale = await issue(id, { 'If-Match': '"1"' });
    expect(stale.status).toBe(412);
    expect(stale.headers['content-type']).toMatch(/problem\+json/);
    expect(stale.body).toMatchObject({ type: '/problems/version-mismatch', currentVersion: 3 });
    expect(await t.eventCount()).toBe(before);

    const current = await issue(id, { 'If-Match': '"3"', 'Idempotency-Key': 'issue-1' });
    expect(current.status).toBe(201);
    expect(current.body).toMatchObject({ number: '信处字〔2026〕1号', version: 4 });
    const replay = await issue(id, { 'If-Match': '"3"', 'Idempotency-Key': 'issue-1' });
    expect(replay.status).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body.number).toBe('信处字〔2026〕1号');
    expect(await t.eventCount()).toBe(before + 2);
  }, 60_000);

  it('documents If-Match and Idempotency-Key on every second-stage command outside the generic case routes', async () => {
    const paths = (await t.http.get('/docs-json')).body.paths as Record<string, Record<string, { parameters?: { name: string; in: string }[]; responses: Record<string, unknown> }>>;
    for (const path of ['/petitions/{id}/documents/{kind}/issue', '/petitions/{id}/documents/issued/{number}/service', '/petitions/{id}/attachments', '/programmes/{pid}/enrolments']) {
      const operation = paths[path]!.post!;
      const headers = (operation.parameters ?? []).filter((parameter) => parameter.in === 'header').map((parameter) => parameter.name);
      expect({ path, headers, has412: '412' in operation.responses }).toEqual({ path, headers: expect.arrayContaining(['If-Match', 'Idempotency-Key']), has412: true });
    }
  });
});

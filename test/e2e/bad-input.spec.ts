import { SignJWT } from 'jose';
import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

/** Every refusal is a clear problem+json 4xx, and the event store holds exactly what it held before. */
describe('bad input changes nothing', () => {
  let t: TestApp;
  let clerk: string;
  let petitionId: string;
  beforeAll(async () => {
    t = await startTestApp({ bodyLimitBytes: 64 * 1024 });
    clerk = await t.token('clerk');
    const registered = await t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).send(validPetition());
    petitionId = registered.body.id;
  });
  afterAll(async () => t.close());

  async function expectRefused(send: () => Promise<{ status: number; headers: Record<string, string>; body: Record<string, unknown> }>, status: number) {
    const before = await t.eventCount();
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status, title: expect.any(String), type: expect.any(String) });
    expect(await t.eventCount()).toBe(before);
    return response.body;
  }

  const post = (path: string, body: unknown, token?: string) => {
    const call = t.http.post(path).set('Content-Type', 'application/json');
    if (token ?? clerk) call.set('Authorization', `Bearer ${token ?? clerk}`);
    return call.send(typeof body === 'string' ? body : JSON.stringify(body));
  };

  const fieldsOf = (body: Record<string, unknown>) => (body.errors as { field: string }[]).map((error) => error.field);

  it('refuses malformed JSON', async () => {
    const body = await expectRefused(() => post('/petitions', '{"channel": "visit",'), 400);
    expect(body.detail).toMatch(/not valid JSON/);
  });

  it('refuses unknown fields, at the top and nested', async () => {
    const body = await expectRefused(() => post('/petitions', validPetition({ priority: 'high', petitioners: [{ name: '王某', age: 40 }] })), 400);
    expect(fieldsOf(body)).toEqual(expect.arrayContaining(['priority', 'petitioners[0].age']));
  });

  it('refuses wrong types', async () => {
    const body = await expectRefused(() => post('/petitions', validPetition({ subject: 42, groupSize: '3', petitioners: '王某' })), 400);
    expect(fieldsOf(body)).toEqual(expect.arrayContaining(['subject', 'groupSize', 'petitioners']));
  });

  it('refuses over-long text', async () => {
    const body = await expectRefused(() => post('/petitions', validPetition({ subject: '长'.repeat(201) })), 400);
    expect(body.errors).toEqual([{ field: 'subject', code: 'max_length', message: expect.stringContaining('200') }]);
  });

  it('names the real problem of each field, with a stable code: absent, then wrong type, then format, then limits', async () => {
    const errorsOf = async (path: string, body: unknown) => (await expectRefused(() => post(path, body), 400)).errors;
    expect(await errorsOf('/petitions', validPetition({ subject: undefined, petitioners: [{ phone: '13800138000' }] }))).toEqual([
      { field: 'petitioners[0].name', code: 'required', message: 'petitioners[0].name is required' },
      { field: 'subject', code: 'required', message: 'subject is required' },
    ]);
    expect(await errorsOf('/petitions', validPetition({ subject: 42, groupSize: '3', petitioners: [{ name: 7 }] }))).toEqual([
      { field: 'petitioners[0].name', code: 'type', message: 'petitioners[0].name must be a string' },
      { field: 'groupSize', code: 'type', message: expect.stringContaining('integer') },
      { field: 'subject', code: 'type', message: 'subject must be a string' },
    ]);
    expect(await errorsOf('/petitions', validPetition({ subject: '   ', category: 'environment', receivedAt: '2026-13-01', priority: 1 }))).toEqual(
      expect.arrayContaining([
        { field: 'priority', code: 'unknown_field', message: 'priority should not exist' },
        { field: 'subject', code: 'blank', message: 'subject must not be blank' },
        { field: 'category', code: 'enum', message: expect.stringContaining('one of the following values') },
        { field: 'receivedAt', code: 'format', message: expect.stringContaining('YYYY-MM-DD') },
      ]),
    );
    const extension = { reason: '需补充调查', approver: '赵局长' };
    expect(await errorsOf(`/petitions/${petitionId}/extension`, { ...extension, days: '10' })).toEqual([{ field: 'days', code: 'type', message: expect.stringContaining('integer') }]);
    expect(await errorsOf(`/petitions/${petitionId}/extension`, extension)).toEqual([{ field: 'days', code: 'required', message: 'days is required' }]);
  });

  it('refuses a petition with no petitioner', async () => {
    expect(fieldsOf(await expectRefused(() => post('/petitions', validPetition({ petitioners: [] })), 400))).toEqual(['petitioners']);
    expect(fieldsOf(await expectRefused(() => post('/petitions', validPetition({ petitioners: undefined })), 400))).toEqual(['petitioners']);
  });

  it('refuses six representatives', async () => {
    const six = Array.from({ length: 6 }, (_, index) => ({ name: `代表${index + 1}` }));
    const body = await expectRefused(() => post('/petitions', validPetition({ petitioners: six, groupSize: 30 })), 400);
    expect(body.errors).toEqual([{ field: 'petitioners', code: 'max_items', message: expect.stringContaining('5') }]);
  });

  it('refuses an unknown category', async () => {
    expect(fieldsOf(await expectRefused(() => post('/petitions', validPetition({ category: 'environment' })), 400))).toEqual(['category']);
  });

  it('refuses an invalid ID number and phone without echoing them', async () => {
    const body = await expectRefused(() => post('/petitions', validPetition({ petitioners: [{ name: '王某', idNumber: '110105194912310021', phone: '12345' }] })), 400);
    expect(fieldsOf(body)).toEqual(['petitioners[0].idNumber', 'petitioners[0].phone']);
    expect(JSON.stringify(body)).not.toContain('110105194912310021');
  });

  it('refuses a receipt date in the future', async () => {
    const body = await expectRefused(() => post('/petitions', validPetition({ receivedAt: '2999-01-01' })), 422);
    expect(fieldsOf(body)).toEqual(['receivedAt']);
  });

  it('refuses a date that does not exist', async () => {
    expect(fieldsOf(await expectRefused(() => post('/petitions', validPetition({ receivedAt: '2026-02-30' })), 400))).toEqual(['receivedAt']);
  });

  it('refuses text PostgreSQL cannot store', async () => {
    await expectRefused(() => post('/petitions', validPetition({ subject: 'a\u0000b' })), 400);
    // A lone surrogate is not Unicode text; JSON allows it as an escape, PostgreSQL does not.
    await expectRefused(() => post('/petitions', '{"channel":"visit","subject":"\\udfff\\ud800"}'), 400);
    await expectRefused(() => post('/petitions', validPetition({ petitioners: [{ name: '王\ud800' }] })), 400);
  });

  it('refuses a body over the size limit', async () => {
    await expectRefused(() => post('/petitions', validPetition({ content: 'x'.repeat(70 * 1024) })), 413);
  });

  it('answers 404 for the acceptance of a missing case', async () => {
    await expectRefused(() => post('/petitions/6d1f9a40-9a8e-4f39-8f0e-3c2a1b0d9e77/acceptance', { decision: 'accepted', handlingUnit: '县人社局' }), 404);
  });

  it('answers 400 for a case id that is not a UUID', async () => {
    await expectRefused(() => post('/petitions/not-a-uuid/acceptance', { decision: 'accepted', handlingUnit: '县人社局' }), 400);
  });

  it('refuses a decision without its own fields, or with another decision’s', async () => {
    expect(fieldsOf(await expectRefused(() => post(`/petitions/${petitionId}/acceptance`, { decision: 'accepted' }), 400))).toEqual(['handlingUnit']);
    expect(fieldsOf(await expectRefused(() => post(`/petitions/${petitionId}/acceptance`, { decision: 'not_accepted', reason: '不属于信访事项', toUnit: '县住建局' }), 400))).toEqual(['toUnit']);
    expect(fieldsOf(await expectRefused(() => post(`/petitions/${petitionId}/acceptance`, { decision: 'maybe' }), 400))).toEqual(['decision']);
  });

  it('refuses diverting a case that is not law-and-litigation', async () => {
    await expectRefused(() => post(`/petitions/${petitionId}/acceptance`, { decision: 'diverted', toOrgan: '县人民法院' }), 422);
  });

  it('refuses a decision dated before the petition was received', async () => {
    const body = await expectRefused(() => post(`/petitions/${petitionId}/acceptance`, { decision: 'accepted', handlingUnit: '县人社局', decidedAt: '2026-11-01' }), 422);
    expect(fieldsOf(body)).toEqual(['decidedAt']);
  });

  it('refuses a second acceptance decision with 409 naming the current stage', async () => {
    const first = await post(`/petitions/${petitionId}/acceptance`, { decision: 'accepted', handlingUnit: '县人社局' });
    expect(first.status).toBe(200);
    const body = await expectRefused(() => post(`/petitions/${petitionId}/acceptance`, { decision: 'not_accepted', reason: '重复' }), 409);
    expect(body).toMatchObject({ stage: 'accepted', allowedNext: ['schedule_hearing', 'start_mediation', 'extend', 'issue_opinion', 'close', 'reclassify', 'change_claim_type'] });
    expect(body.detail).toContain('accepted');
  });

  it('refuses a stale If-Match with 412 and the current version', async () => {
    const { body: fresh } = await post('/petitions', validPetition());
    const body = await expectRefused(
      () => t.http.post(`/petitions/${fresh.id}/acceptance`).set('Authorization', `Bearer ${clerk}`).set('If-Match', '"7"').send({ decision: 'accepted', handlingUnit: '县人社局' }),
      412,
    );
    expect(body.currentVersion).toBe(1);
  });

  it('refuses an unreadable If-Match or Idempotency-Key header', async () => {
    await expectRefused(() => t.http.post(`/petitions/${petitionId}/acceptance`).set('Authorization', `Bearer ${clerk}`).set('If-Match', 'yesterday').send({ decision: 'accepted', handlingUnit: '县人社局' }), 400);
    await expectRefused(() => t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).set('Idempotency-Key', 'x'.repeat(201)).send(validPetition()), 400);
  });

  it('refuses a reused Idempotency-Key with another body (422)', async () => {
    const first = await t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).set('Idempotency-Key', 'reuse-1').send(validPetition());
    expect(first.status).toBe(201);
    await expectRefused(() => t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).set('Idempotency-Key', 'reuse-1').send(validPetition({ subject: '另一件事' })), 422);
  });

  it('answers 401 without a token, with a forged one, and with an expired one', async () => {
    await expectRefused(() => t.http.post('/petitions').send(validPetition()), 401);
    const forged = await new SignJWT({ name: 'x', roles: ['clerk'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setExpirationTime('1h').sign(new TextEncoder().encode('not-the-secret'));
    await expectRefused(() => post('/petitions', validPetition(), forged), 401);
    const expired = await new SignJWT({ name: 'x', roles: ['clerk'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode('test-secret-that-is-long-enough-for-hs256-0123456789'));
    await expectRefused(() => post('/petitions', validPetition(), expired), 401);
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x","roles":["admin"]}').toString('base64url')}.`;
    await expectRefused(() => post('/petitions', validPetition(), unsigned), 401);
  });

  it('answers 403 to a role that may not', async () => {
    for (const role of ['auditor', 'panel'] as const) {
      const token = await t.token(role);
      await expectRefused(() => post('/petitions', validPetition(), token), 403);
      await expectRefused(() => post(`/petitions/${petitionId}/acceptance`, { decision: 'accepted', handlingUnit: '县人社局' }, token), 403);
      await expectRefused(() => post('/petitions/batch', { items: [validPetition()] }, token), 403);
    }
  });
});

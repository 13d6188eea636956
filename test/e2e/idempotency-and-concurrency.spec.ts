import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

describe('retries and concurrent writers', () => {
  let t: TestApp;
  let clerk: string;
  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.token('clerk', { sub: 'clerk-7' });
  });
  afterAll(async () => t.close());

  const register = (key?: string, body = validPetition()) => {
    const call = t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`);
    if (key) call.set('Idempotency-Key', key);
    return call.send(body);
  };

  it('answers a repeated registration with the first answer and stores one event', async () => {
    const before = await t.eventCount();
    const first = await register('intake-2026-11-29-001');
    const again = await register('intake-2026-11-29-001');
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers.location).toBe(first.headers.location);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await t.eventCount()).toBe(before + 1);
  });

  it('keeps keys per caller: another clerk’s same key is their own request', async () => {
    const other = await t.token('clerk', { sub: 'clerk-8' });
    const mine = await register('shared-key');
    const theirs = await t.http.post('/petitions').set('Authorization', `Bearer ${other}`).set('Idempotency-Key', 'shared-key').send(validPetition());
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('frees a key whose request was refused, so the corrected request can use it', async () => {
    const refused = await register('fix-and-retry', validPetition({ category: 'nonsense' }));
    expect(refused.status).toBe(400);
    const accepted = await register('fix-and-retry', validPetition());
    expect(accepted.status).toBe(201);
  });

  it('recognises a retry whose events were stored before the answer was lost', async () => {
    const first = await register('lost-answer');
    // The process died after appending but before recording the answer: only the key's claim is gone.
    await t.sql.query(`DELETE FROM idempotency_keys WHERE key = 'lost-answer'`);
    const before = await t.eventCount();
    const retry = await register('lost-answer');
    expect(retry.status).toBe(201);
    expect(retry.body).toMatchObject({ id: first.body.id, receiptNumber: first.body.receiptNumber, version: 1 });
    expect(await t.eventCount()).toBe(before);
  });

  it('answers concurrent identical requests once, the others replaying or told to retry', async () => {
    const before = await t.eventCount();
    const responses = await Promise.all(Array.from({ length: 8 }, () => register('burst-key')));
    const created = responses.filter((response) => response.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((response) => response.body.id)).size).toBe(1);
    for (const response of responses.filter((r) => r.status !== 201)) {
      expect(response.status).toBe(409);
      expect(response.headers['retry-after']).toBe('1');
    }
    expect(await t.eventCount()).toBe(before + 1);
  });

  it('lets exactly one of many concurrent acceptance decisions through; the rest get 409', async () => {
    const { body } = await register();
    const decisions = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        t.http.post(`/petitions/${body.id}/acceptance`).set('Authorization', `Bearer ${clerk}`).send({ decision: 'accepted', handlingUnit: `单位${index}` }),
      ),
    );
    expect(decisions.filter((response) => response.status === 200)).toHaveLength(1);
    expect(decisions.filter((response) => response.status === 409)).toHaveLength(9);
    const { rows } = await t.sql.query('SELECT version FROM event_store.events WHERE stream_id = $1 ORDER BY version', [`petition-${body.id}`]);
    expect(rows.map((row) => Number(row.version))).toEqual([0, 1]);
  });

  it('with If-Match, lets one of two writers holding the same version win and tells the other 412', async () => {
    const { body, headers } = await register();
    const [a, b] = await Promise.all(
      ['县住建局', '县人社局'].map((unit) =>
        t.http.post(`/petitions/${body.id}/acceptance`).set('Authorization', `Bearer ${clerk}`).set('If-Match', headers.etag!).send({ decision: 'forwarded', toUnit: unit }),
      ),
    );
    expect([a!.status, b!.status].sort()).toEqual([200, 412]);
  });

  it('registers a batch item by item: bad items are rejected alone, good ones stored', async () => {
    const before = await t.eventCount();
    const response = await t.http
      .post('/petitions/batch')
      .set('Authorization', `Bearer ${clerk}`)
      .send({ items: [validPetition(), validPetition({ category: 'nope' }), 'not an object', validPetition({ receivedAt: '2999-12-31' }), validPetition({ channel: 'letter' })] });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ registered: 2, rejected: 3 });
    expect(response.body.results.map((result: { status: number }) => result.status)).toEqual([201, 400, 400, 422, 201]);
    expect(response.body.results[1].errors).toEqual([{ field: 'category', code: 'enum', message: expect.any(String) }]);
    expect(response.body.results[4].receiptNumber).toMatch(/^XF/);
    expect(await t.eventCount()).toBe(before + 2);
  });

  it('replays a whole batch under its Idempotency-Key', async () => {
    const items = [validPetition(), validPetition({ channel: 'phone' })];
    const first = await t.http.post('/petitions/batch').set('Authorization', `Bearer ${clerk}`).set('Idempotency-Key', 'batch-1').send({ items });
    const before = await t.eventCount();
    const again = await t.http.post('/petitions/batch').set('Authorization', `Bearer ${clerk}`).set('Idempotency-Key', 'batch-1').send({ items });
    expect(again.body).toEqual(first.body);
    expect(await t.eventCount()).toBe(before);
  });

  it('refuses an empty or oversized batch', async () => {
    const empty = await t.http.post('/petitions/batch').set('Authorization', `Bearer ${clerk}`).send({ items: [] });
    expect(empty.status).toBe(400);
    const huge = await t.http.post('/petitions/batch').set('Authorization', `Bearer ${clerk}`).send({ items: Array.from({ length: 101 }, () => ({})) });
    expect(huge.status).toBe(400);
  });
});

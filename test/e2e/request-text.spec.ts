import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

/**
 * Text PostgreSQL cannot store (NUL; lone surrogates) is refused wherever it enters, not only in
 * bodies: query parameters, path parameters and token claims reach SQL too.
 */
describe('text PostgreSQL cannot store, outside the body', () => {
  let t: TestApp;
  let clerk: string;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.token('clerk');
    admin = await t.token('admin');
    await t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).send(validPetition());
  });
  afterAll(async () => t.close());

  const expectBadRequest = async (response: { status: number; headers: Record<string, string>; body: Record<string, unknown> }) => {
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.detail).toMatch(/NUL/);
    return response.body;
  };

  it.each([
    ['/petitions?q=%00', 'q'],
    ['/petitions?unit=a%00b', 'unit'],
    ['/deadlines?unit=%00', 'unit'],
    ['/audit/access-log?actorId=%00', 'actorId'],
    ['/petitions?q=ok&q=%00', 'q'],
    ['/petitions?%00=1', '\u0000'],
  ])('refuses a query parameter with NUL: %s', async (path, field) => {
    const body = await expectBadRequest(await t.http.get(path).set('Authorization', `Bearer ${admin}`));
    expect(body.errors).toEqual([expect.objectContaining({ field })]);
  });

  it('refuses a path parameter with NUL, before anything reads it', async () => {
    const before = await t.eventCount();
    await expectBadRequest(await t.http.get('/public/petitions/XF20261102-%00?code=12345678'));
    await expectBadRequest(await t.http.put('/calendar/overrides/2026-%00').set('Authorization', `Bearer ${admin}`).send({ kind: 'rest_day' }));
    await expectBadRequest(await t.http.post('/petitions/%00/acceptance').set('Authorization', `Bearer ${clerk}`).send({ decision: 'accepted', handlingUnit: '县人社局' }));
    expect(await t.eventCount()).toBe(before);
  });

  it('refuses a validly signed token whose sub or name PostgreSQL cannot store, with 401', async () => {
    for (const user of [{ sub: 'clerk\u0000x' }, { sub: 'clerk-\ud800' }, { sub: 'clerk-9', name: '李\u0000' }, { sub: 'clerk-9', name: '\udc00李' }]) {
      const before = await t.eventCount();
      const response = await t.http.post('/petitions').set('Authorization', `Bearer ${await t.token('clerk', user)}`).send(validPetition());
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(await t.eventCount()).toBe(before);
    }
  });

  it('shortens a long name by characters, never through the middle of one', async () => {
    for (const [name, kept] of [['李'.repeat(99) + '😀', '李'.repeat(99) + '😀'], ['李'.repeat(99) + '😀😀', '李'.repeat(99) + '😀'], ['😀'.repeat(150), '😀'.repeat(100)]]) {
      const response = await t.http.post('/petitions').set('Authorization', `Bearer ${await t.token('clerk', { sub: 'clerk-long', name })}`).send(validPetition());
      expect(response.status).toBe(201);
      const { rows } = await t.sql.query<{ name: string }>(`SELECT metadata->'actor'->>'name' AS name FROM event_store.events WHERE stream_id = $1`, [`petition-${response.body.id}`]);
      expect(rows[0]!.name).toBe(kept);
    }
  });

  it('keeps text that PostgreSQL stores: Chinese, emoji, an escaped percent sign', async () => {
    const response = await t.http.get(`/petitions?q=${encodeURIComponent('征地 😀 100%')}`).set('Authorization', `Bearer ${clerk}`);
    expect(response.status).toBe(200);
  });
});

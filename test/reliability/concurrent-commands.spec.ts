import type { Response } from 'supertest';
import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

const WRITERS = 50;

/**
 * Fifty commands on one case at once, with and without If-Match: every one that is answered 2xx is
 * a version of its own, the others are told 409 or 412, and the stream holds exactly the
 * registration plus one event per success, at contiguous versions.
 */
describe('50 concurrent commands on one case', () => {
  let t: TestApp;
  let clerk: string;
  let petitioner = 0;
  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.token('clerk', { sub: 'clerk-concurrency' });
  });
  afterAll(async () => t.close());

  async function register(): Promise<{ id: string; etag: string }> {
    const response = await t.http
      .post('/petitions')
      .set('Authorization', `Bearer ${clerk}`)
      .send(validPetition({ receivedAt: '2026-03-02', petitioners: [{ name: '赵某', phone: `1370000${String(++petitioner).padStart(4, '0')}` }] }));
    expect(response.status).toBe(201);
    return { id: response.body.id, etag: response.headers.etag! };
  }

  const post = (path: string, body: Record<string, unknown>, ifMatch?: string) => {
    const call = t.http.post(path).set('Authorization', `Bearer ${clerk}`);
    if (ifMatch) call.set('If-Match', ifMatch);
    return call.send(body);
  };

  async function versionsOf(id: string): Promise<number[]> {
    const { rows } = await t.sql.query<{ v: string }>('SELECT version::text AS v FROM event_store.events WHERE stream_id = $1 ORDER BY version', [`petition-${id}`]);
    return rows.map((row) => Number(row.v));
  }

  /** The stream is 0‥n-1 without gap or repeat, n = events before + successes, and each success answered its own version. */
  async function expectOneEventPerSuccess(id: string, before: number, responses: readonly Response[]): Promise<Response[]> {
    const successes = responses.filter((response) => response.status < 300);
    const versions = await versionsOf(id);
    expect(versions).toEqual(Array.from({ length: before + successes.length }, (_, version) => version));
    const answered = successes.map((response) => Number(response.body.version)).sort((a, b) => a - b);
    expect(answered).toEqual(Array.from({ length: successes.length }, (_, index) => before + index + 1));
    expect(new Set(successes.map((response) => response.headers.etag)).size).toBe(successes.length);
    return successes;
  }

  it('lets exactly one of 50 acceptance decisions through and answers the rest 409, without If-Match', async () => {
    const { id } = await register();
    const responses = await Promise.all(Array.from({ length: WRITERS }, (_, index) => post(`/petitions/${id}/acceptance`, { decision: 'accepted', handlingUnit: `单位${index}`, decidedAt: '2026-03-03' })));
    expect(responses.map((response) => response.status).sort()).toEqual([200, ...Array.from({ length: WRITERS - 1 }, () => 409)]);
    await expectOneEventPerSuccess(id, 1, responses);
  });

  it('lets exactly one of 50 acceptance decisions holding the same ETag through and answers the rest 412', async () => {
    const { id, etag } = await register();
    const responses = await Promise.all(Array.from({ length: WRITERS }, (_, index) => post(`/petitions/${id}/acceptance`, { decision: 'forwarded', toUnit: `单位${index}`, decidedAt: '2026-03-03' }, etag)));
    expect(responses.map((response) => response.status).sort()).toEqual([200, ...Array.from({ length: WRITERS - 1 }, () => 412)]);
    for (const refused of responses.filter((response) => response.status === 412)) expect(refused.headers.etag).toBe('"2"');
    await expectOneEventPerSuccess(id, 1, responses);
  });

  it('records each of 50 concurrent reclassifications as a version of its own, or answers 409 / 412, mixing If-Match and none', async () => {
    const { id } = await register();
    await post(`/petitions/${id}/acceptance`, { decision: 'accepted', handlingUnit: '县住建局', decidedAt: '2026-03-03' }).expect(200);
    const before = await t.eventCount();
    const categories = ['labour_social_security', 'agriculture_rural', 'housing_construction'];
    const responses = await Promise.all(
      Array.from({ length: WRITERS }, (_, index) =>
        post(
          `/petitions/${id}/reclassification`,
          { category: categories[index % 3], backlogKinds: index % 2 === 0 ? ['long_standing'] : ['four_level'], reason: `第${index}次调整`, reclassifiedOn: '2026-03-04' },
          index % 5 === 0 ? '"2"' : undefined,
        ),
      ),
    );
    for (const response of responses) expect([200, 409, 412, 422]).toContain(response.status);
    // A writer that finds the case already as it wanted is refused (422): nothing to change.
    for (const refused of responses.filter((response) => response.status === 422)) expect(refused.body.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('changes neither') })]);
    const pinned = responses.filter((_, index) => index % 5 === 0);
    expect(pinned.filter((response) => response.status === 200).length).toBeLessThanOrEqual(1);
    for (const response of pinned) expect([200, 412]).toContain(response.status);
    const successes = await expectOneEventPerSuccess(id, 2, responses);
    expect(successes.length).toBeGreaterThan(1);
    expect(await t.eventCount()).toBe(before + successes.length);
  });
});

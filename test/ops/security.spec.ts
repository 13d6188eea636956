import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('sends helmet’s headers and no X-Powered-By', async () => {
    const response = await t.http.get('/health/live');
    expect(response.headers).toMatchObject({
      'content-security-policy': expect.stringContaining("default-src 'self'"),
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringContaining('max-age='),
      'referrer-policy': 'no-referrer',
    });
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('keeps the Swagger UI working under the content security policy: every script is served from here', async () => {
    const page = await t.http.get('/docs');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(page.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, inline] of scripts) {
      expect(inline!.trim()).toBe('');
      const src = new URL(/src="([^"]+)"/.exec(attributes!)![1]!, 'http://localhost/docs');
      expect(src.origin).toBe('http://localhost');
      const script = await t.http.get(src.pathname);
      expect(script.status).toBe(200);
      expect(script.headers['content-type']).toMatch(/javascript/);
    }
  });

  it('answers no cross-origin request when no origin is configured', async () => {
    const simple = await t.http.get('/health/live').set('Origin', 'https://app.example.org');
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t.http.options('/petitions').set('Origin', 'https://app.example.org').set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('CORS for configured origins', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ corsOrigins: ['https://app.example.org'] });
  });
  afterAll(async () => t.close());

  it('allows the configured origin, with the headers the API needs', async () => {
    const preflight = await t.http
      .options('/petitions')
      .set('Origin', 'https://app.example.org')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type,idempotency-key');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://app.example.org');
    expect(preflight.headers['access-control-allow-headers']).toMatch(/Authorization.*Idempotency-Key/);
    const simple = await t.http.get('/health/live').set('Origin', 'https://app.example.org');
    expect(simple.headers['access-control-allow-origin']).toBe('https://app.example.org');
    expect(simple.headers['access-control-expose-headers']).toContain('ETag');
  });

  it('allows no other origin', async () => {
    const response = await t.http.get('/health/live').set('Origin', 'https://elsewhere.example.org');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('write rate limit and body size', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ writeRateLimitPerMinute: 5, bodyLimitBytes: 8 * 1024 });
  });
  afterAll(async () => t.close());

  it('refuses a caller’s writes past the limit with 429 and Retry-After, while reads and other callers pass', async () => {
    const clerk = await t.token('clerk', { sub: 'busy-clerk' });
    const { body: petition } = await t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).send(validPetition());
    for (let write = 2; write <= 5; write++) expect((await t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).send({})).status).toBe(400);
    const before = await t.eventCount();

    const refused = await t.http.post(`/petitions/${petition.id}/acceptance`).set('Authorization', `Bearer ${clerk}`).send({ decision: 'accepted', handlingUnit: '县人社局' });
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 429, type: '/problems/rate-limited' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(await t.eventCount()).toBe(before);

    expect((await t.http.get(`/petitions/${petition.id}`).set('Authorization', `Bearer ${clerk}`)).status).toBe(200);
    expect((await t.http.get('/health/ready')).status).toBe(200);
    const colleague = await t.token('clerk', { sub: 'other-clerk' });
    expect((await t.http.post('/petitions').set('Authorization', `Bearer ${colleague}`).send(validPetition())).status).toBe(201);
  });

  it('counts concurrent writes one by one: of 12 at once from two callers, each caller gets exactly 5 through', async () => {
    const callers = [await t.token('clerk', { sub: 'burst-clerk-1' }), await t.token('clerk', { sub: 'burst-clerk-2' })];
    const statuses = await Promise.all(
      Array.from({ length: 12 }, (_, index) => t.http.post('/petitions').set('Authorization', `Bearer ${callers[index % 2]}`).send({}).then((response) => [index % 2, response.status] as const)),
    );
    for (const caller of [0, 1]) {
      const mine = statuses.filter(([who]) => who === caller).map(([, status]) => status);
      expect(mine.filter((status) => status === 400)).toHaveLength(5);
      expect(mine.filter((status) => status === 429)).toHaveLength(1);
    }
  });

  it('refuses a body over BODY_LIMIT_BYTES with 413 problem+json', async () => {
    const response = await t.http.post('/petitions').set('Authorization', `Bearer ${await t.token('clerk')}`).send(validPetition({ content: 'x'.repeat(9 * 1024) }));
    expect(response.status).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

import { startTestApp, type TestApp } from '../support/test-app.js';

describe('health, API docs and error format', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('answers liveness and readiness without a token', async () => {
    expect((await t.http.get('/health/live')).body).toEqual({ status: 'ok' });
    const ready = await t.http.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ready', checks: { database: { status: 'up' }, eventStore: { status: 'up' } } });
  });

  it('serves the OpenAPI document with every route and its security', async () => {
    const response = await t.http.get('/docs-json');
    expect(response.status).toBe(200);
    const paths = response.body.paths as Record<string, Record<string, unknown>>;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining(['/health/live', '/health/ready', '/metrics', '/petitions', '/petitions/batch', '/petitions/{id}', '/petitions/{id}/acceptance', '/petitions/{id}/history', '/petitions/{id}/state', '/petitions/{id}/verify', '/audit/access-log', '/calendar']),
    );
    expect(response.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(response.body.components.schemas.RegisterPetitionRequest.required).toEqual(
      expect.arrayContaining(['channel', 'petitioners', 'subject', 'content', 'demands', 'category', 'responsibleUnit']),
    );
    expect((await t.http.get('/docs')).text).toContain('swagger-ui');
  });

  it('answers an unknown route with problem+json 404', async () => {
    const token = await t.token('clerk');
    const response = await t.http.get('/nowhere').set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

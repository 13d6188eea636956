import type { OpenAPIObject } from '@nestjs/swagger';
import type { Response } from 'supertest';
import { previewOpenApiDocument } from '../../apps/api/src/http/openapi-preview.js';
import { declaredRoutes, openApiPath } from '../reliability/support/route-catalogue.js';
import { type Operation, OpenApiConformance } from '../support/openapi-conformance.js';
import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

const NOWHERE = '00000000-0000-4000-8000-000000000000';
/** Error answers that are not problems by design: readiness answers 503 with the same checks as 200. */
const OWN_ERROR_BODIES = new Set(['get /health/ready 503']);

/**
 * Real answers of the running service, checked against the response schema its own OpenAPI
 * document gives for that route, status and media type: the document and the service cannot
 * drift apart without this failing. The document is also the one `npm run lint:openapi` lints.
 */
describe('the API answers as its OpenAPI document says', () => {
  let t: TestApp;
  let document: OpenAPIObject;
  let conformance: OpenApiConformance;
  const checked = new Set<string>();

  beforeAll(async () => {
    t = await startTestApp();
    document = (await t.http.get('/docs-json')).body as OpenAPIObject;
    conformance = new OpenApiConformance(document);
  });
  afterAll(async () => t.close());

  /** The response's body against the schema the document gives for `method path`, its status and media type. */
  function expectConforms(method: string, path: string, response: Response): void {
    const errors = conformance.violations(method, path, response);
    expect({ route: `${method.toUpperCase()} ${path} ${response.status}`, errors }).toEqual({ route: `${method.toUpperCase()} ${path} ${response.status}`, errors: [] });
    checked.add(`${method.toUpperCase()} ${path} ${response.status}`);
  }

  it('is the document `npm run openapi` writes for the lint, built without a database', async () => {
    expect(JSON.parse(JSON.stringify(await previewOpenApiDocument()))).toEqual(document);
  });

  it('declares security, error bodies and response schemas for every route', () => {
    const publicRoutes = new Set(declaredRoutes(t.app).filter((route) => route.isPublic).map((route) => `${route.method.toLowerCase()} ${openApiPath(route.path)}`));
    const problems: string[] = [];
    for (const [path, operations] of Object.entries(document.paths as Record<string, Record<string, Operation>>)) {
      for (const [method, operation] of Object.entries(operations)) {
        const route = `${method} ${path}`;
        if (publicRoutes.has(route) !== (Array.isArray(operation.security) && operation.security.length === 0)) problems.push(`${route}: security does not say whether it is public`);
        for (const [status, response] of Object.entries(operation.responses)) {
          const problem = response.content?.['application/problem+json']?.schema?.$ref === '#/components/schemas/Problem';
          if ((status === 'default' || /^[45]/.test(status)) && !problem && !OWN_ERROR_BODIES.has(`${route} ${status}`)) problems.push(`${route} ${status}: not a Problem`);
          if (/^2/.test(status) && status !== '204' && !Object.values(response.content ?? {}).some((content) => content.schema)) problems.push(`${route} ${status}: no schema`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(publicRoutes.size).toBeGreaterThanOrEqual(4);
  });

  it('answers a case’s registration, reads, read models and audit as documented', async () => {
    const clerk = `Bearer ${await t.token('clerk')}`;
    const auditor = `Bearer ${await t.token(['auditor', 'admin'])}`;

    const registered = await t.http.post('/petitions').set('Authorization', clerk).send(validPetition());
    expect(registered.status).toBe(201);
    expectConforms('post', '/petitions', registered);
    const { id, receiptNumber, accessCode } = registered.body as { id: string; receiptNumber: string; accessCode: string };

    const accepted = await t.http.post(`/petitions/${id}/acceptance`).set('Authorization', clerk).send({ decision: 'accepted', handlingUnit: '县住建局', decidedAt: '2026-11-05' });
    expect(accepted.status).toBe(200);
    expectConforms('post', '/petitions/{id}/acceptance', accepted);

    const batch = await t.http.post('/petitions/batch').set('Authorization', clerk).send({ items: [validPetition({ subject: '另一件事' }), { subject: '' }, 'not an object'] });
    expect(batch.status).toBe(200);
    expect((batch.body as { results: { status: number }[] }).results.map((item) => item.status)).toEqual([201, 400, 400]);
    expectConforms('post', '/petitions/batch', batch);

    const minPosition = (accepted.body as { position: string }).position;
    const reads: [string, string, string][] = [
      ['/petitions/{id}', `/petitions/${id}`, clerk],
      ['/petitions', `/petitions?minPosition=${minPosition}`, clerk],
      ['/deadlines', `/deadlines?asOf=2026-11-20&minPosition=${minPosition}`, clerk],
      ['/backlog', `/backlog?asOf=2026-11-20&minPosition=${minPosition}`, clerk],
      ['/stats', `/stats?from=2026-01-01&to=2026-12-31&minPosition=${minPosition}`, clerk],
      ['/petitions/{id}/history', `/petitions/${id}/history`, auditor],
      ['/petitions/{id}/state', `/petitions/${id}/state?atVersion=1`, auditor],
      ['/petitions/{id}/verify', `/petitions/${id}/verify`, auditor],
      ['/audit/access-log', '/audit/access-log', auditor],
      ['/petitions/{id}/similar', `/petitions/${id}/similar`, clerk],
      ['/calendar', '/calendar', clerk],
      ['/units', '/units', clerk],
      ['/health/live', '/health/live', ''],
      ['/health/ready', '/health/ready', ''],
      ['/public/petitions/{receiptNumber}', `/public/petitions/${receiptNumber}?code=${accessCode}`, ''],
    ];
    for (const [path, url, authorization] of reads) {
      const request = t.http.get(url);
      const response = await (authorization ? request.set('Authorization', authorization) : request);
      expect({ url, status: response.status }).toEqual({ url, status: 200 });
      expectConforms('get', path, response);
    }
    const list = await t.http.get('/petitions').set('Authorization', clerk);
    expect((list.body as { items: unknown[] }).items.length).toBeGreaterThanOrEqual(2);
    const deadlines = await t.http.get('/deadlines?asOf=2026-11-20').set('Authorization', clerk);
    expect((deadlines.body as { items: unknown[] }).items.length).toBeGreaterThan(0);
    const history = await t.http.get(`/petitions/${id}/history`).set('Authorization', auditor);
    expect((history.body as { events: unknown[] }).events.length).toBe(2);
  });

  it('answers the directory, units, calendar, session and metrics routes as documented', async () => {
    const admin = `Bearer ${await t.token('admin')}`;
    const panel = `Bearer ${await t.token('panel')}`;
    const defined = await t.http.put('/units/hd-town').set('Authorization', admin).send({ name: '合德镇人民政府', level: 'township' });
    expect(defined.status).toBe(201);
    expectConforms('put', '/units/{code}', defined);
    const override = await t.http.put('/calendar/overrides/2027-02-07').set('Authorization', admin).send({ kind: 'working_day', note: '春节调休上班' });
    expect(override.status).toBe(204);
    const missing = await t.http.delete('/calendar/overrides/2027-03-07').set('Authorization', admin);
    expect(missing.status).toBe(404);
    expectConforms('delete', '/calendar/overrides/{date}', missing);
    const reads: [string, string, string][] = [
      ['/units/{code}', '/units/hd-town', admin],
      ['/units/{code}/inbox', '/units/hd-town/inbox', admin],
      ['/calendar', '/calendar', admin],
      ['/programmes', '/programmes', admin],
      ['/panel-members', '/panel-members', admin],
      ['/leaders', '/leaders', admin],
      ['/users', '/users', admin],
      ['/users/changes', '/users/changes', admin],
      ['/me/hearings', '/me/hearings', panel],
      ['/auth/session', '/auth/session', admin],
      ['/auth/options', '/auth/options', ''],
      ['/metrics', '/metrics', admin],
    ];
    for (const [path, url, authorization] of reads) {
      const request = t.http.get(url);
      const response = await (authorization ? request.set('Authorization', authorization) : request);
      expect({ url, status: response.status }).toEqual({ url, status: 200 });
      expectConforms('get', path, response);
    }
  });

  it('answers refusals as documented problem documents: 400, 401, 403, 404, 409, 422', async () => {
    const clerk = `Bearer ${await t.token('clerk')}`;
    const panel = `Bearer ${await t.token('panel')}`;
    const registered = await t.http.post('/petitions').set('Authorization', clerk).send(validPetition({ subject: '拒绝的样本' }));
    const id = (registered.body as { id: string }).id;

    const accept = (decidedAt: string) => t.http.post(`/petitions/${id}/acceptance`).set('Authorization', clerk).send({ decision: 'accepted', handlingUnit: '县住建局', decidedAt });
    const refusals: [string, string, Response, number][] = [
      ['post', '/petitions', await t.http.post('/petitions').set('Authorization', clerk).send(validPetition({ channel: 'pigeon', surprise: 1 })), 400],
      ['post', '/petitions', await t.http.post('/petitions').send(validPetition()), 401],
      ['post', '/petitions', await t.http.post('/petitions').set('Authorization', panel).send(validPetition()), 403],
      ['get', '/petitions/{id}', await t.http.get(`/petitions/${NOWHERE}`).set('Authorization', clerk), 404],
      ['post', '/petitions/{id}/acceptance', await accept('2026-10-01'), 422],
      ['get', '/deadlines', await t.http.get('/deadlines?asOf=yesterday').set('Authorization', clerk), 400],
    ];
    expect((await accept('2026-11-05')).status).toBe(200);
    refusals.push(['post', '/petitions/{id}/acceptance', await accept('2026-11-06'), 409]);
    for (const [method, path, response, status] of refusals) {
      expect({ path, status: response.status }).toEqual({ path, status });
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expectConforms(method, path, response);
    }
    const invalid = refusals[0]![2].body as { errors: { field: string; code: string }[] };
    expect(invalid.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'channel', code: 'enum' }), expect.objectContaining({ field: 'surprise', code: 'unknown_field' })]));
  });

  it('checked a sample across the API', () => {
    expect(checked.size).toBeGreaterThanOrEqual(35);
  });
});

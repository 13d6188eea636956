import fc from 'fast-check';
import { ROLES } from '../../apps/api/src/auth/principal.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { CHAIR_ID, caseWithHearing, pathValues } from './support/case-fixture.js';
import { type Components, requestBodies, type Schema } from './support/request-bodies.js';
import { concretePath } from './support/route-catalogue.js';

const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 50);

interface Operation {
  readonly method: 'post' | 'put' | 'patch';
  readonly path: string;
  readonly schema: Schema | undefined;
}

/**
 * Random and malformed bodies (any JSON, missing and unknown fields, wrong types, nulls, huge and
 * odd Unicode strings, text that is not JSON) to every operation of the OpenAPI document that
 * takes a body, on a real case and hearing: never a 5xx, every refusal a problem document, and a
 * refused request appends nothing. The operations come from the running application's document,
 * so an endpoint added later is fuzzed too.
 */
describe('fuzzing every command endpoint', () => {
  let t: TestApp;
  let token: string;
  let operations: Operation[];
  let components: Components;
  let values: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    values = pathValues(await caseWithHearing(t, '13912340001'));
    token = await t.token([...ROLES], { sub: CHAIR_ID, name: '王主任' });
    const document = (await t.http.get('/docs-json')).body as { paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>; components: { schemas: Components } };
    components = document.components.schemas;
    operations = Object.entries(document.paths).flatMap(([path, byMethod]) =>
      (['post', 'put', 'patch'] as const).flatMap((method) => {
        const operation = byMethod[method];
        return operation?.requestBody ? [{ method, path, schema: operation.requestBody.content?.['application/json']?.schema }] : [];
      }),
    );
  });
  afterAll(async () => t.close());

  it('finds every command in the document', () => {
    expect(operations.length).toBeGreaterThanOrEqual(20);
    expect(operations.map((operation) => `${operation.method} ${operation.path}`)).toEqual(expect.arrayContaining(['post /petitions', 'post /petitions/batch', 'post /petitions/{id}/hearings/{hid}/conclusion']));
  });

  it('never answers 5xx, answers every refusal as problem+json, and appends nothing for a refused request', async () => {
    const failures: string[] = [];
    for (const operation of operations) {
      const url = concretePath(operation.path, values);
      try {
        await fc.assert(
          fc.asyncProperty(requestBodies(operation.schema, components), async (body) => {
            const before = await t.eventCount();
            const response = await t.http[operation.method](url).set('Authorization', `Bearer ${token}`).set('Content-Type', 'application/json').send(body.text);
            const appended = (await t.eventCount()) - before;
            const refusedCleanly = response.status >= 400 && response.status < 500 && /^application\/problem\+json/.test(response.headers['content-type'] ?? '') && appended === 0;
            if (response.status < 400 || refusedCleanly) return;
            throw new Error(`${response.status} (${response.headers['content-type']}), ${appended} event(s) appended, for ${body.shape}: ${JSON.stringify(response.body).slice(0, 300)}`);
          }),
          { numRuns: RUNS_PER_OPERATION, endOnFailure: true },
        );
      } catch (error) {
        failures.push(`${operation.method.toUpperCase()} ${operation.path}: ${error instanceof Error ? error.message.split('\n').slice(0, 6).join(' | ') : String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 240_000);
});

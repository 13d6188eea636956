import type { Role } from '@xinfang/petition';
import { ROLES } from '../../apps/api/src/auth/principal.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { CHAIR_ID, caseWithHearing, pathValues } from './support/case-fixture.js';
import { concretePath, type DeclaredRoute, declaredRoutes, openApiPath } from './support/route-catalogue.js';

type Caller = Role | 'no token';

/** Every route × every role, one request at a time, some of them printing a PDF with Chromium (the case file). */
const MATRIX_TIMEOUT_MILLIS = 120_000;

/**
 * Every route the application declares, called by every role and without a token: the guard's
 * answer must follow the route's own `@Roles` / `@Public` metadata, so a route added later is
 * covered the day it lands. A listed role may still be refused by the request itself (400, 404,
 * 409, 422 …), never with 401 or 403.
 */
describe('the authorization matrix: every route × every role', () => {
  let t: TestApp;
  let routes: DeclaredRoute[];
  let values: Record<string, string>;
  const tokens = new Map<Caller, string | undefined>();

  beforeAll(async () => {
    t = await startTestApp();
    routes = declaredRoutes(t.app);
    values = pathValues(await caseWithHearing(t));
    tokens.set('no token', undefined);
    for (const role of ROLES) tokens.set(role, await t.token(role, { sub: role === 'panel' ? CHAIR_ID : `${role}-matrix` }));
  });
  afterAll(async () => t.close());

  function expectation(route: DeclaredRoute, caller: Caller): 'allowed' | 401 | 403 {
    if (route.isPublic) return 'allowed';
    if (caller === 'no token') return 401;
    return route.roles.includes(caller) ? 'allowed' : 403;
  }

  async function call(route: DeclaredRoute, caller: Caller): Promise<number> {
    const path = concretePath(route.path, values);
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    const request = t.http[method](path);
    const token = tokens.get(caller);
    if (token) request.set('Authorization', `Bearer ${token}`);
    const response = route.method === 'GET' || route.method === 'DELETE' ? await request : await request.send({});
    return response.status;
  }

  it('finds the routes from the application itself, every documented one among them', async () => {
    const declared = new Set(routes.map((route) => `${route.method} ${openApiPath(route.path)}`));
    const documented = Object.entries((await t.http.get('/docs-json')).body.paths as Record<string, Record<string, unknown>>).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.length).toBeGreaterThanOrEqual(30);
    expect(documented.filter((route) => !declared.has(route))).toEqual([]);
    // A route with no role and not public is closed to everyone: a forgotten @Roles, worth knowing about.
    expect(routes.filter((route) => !route.isPublic && route.roles.length === 0).map((route) => route.handler)).toEqual([]);
  });

  it('answers 401 without a token, 403 to a role not listed, and neither to a listed role', async () => {
    const mismatches: string[] = [];
    for (const route of routes) {
      for (const caller of tokens.keys()) {
        const expected = expectation(route, caller);
        const status = await call(route, caller);
        const ok = expected === 'allowed' ? ![401, 403, 500].includes(status) : status === expected;
        if (!ok) mismatches.push(`${route.method} ${route.path} as ${caller}: ${status}, expected ${expected === 'allowed' ? 'neither 401, 403 nor 500' : expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, MATRIX_TIMEOUT_MILLIS);
});

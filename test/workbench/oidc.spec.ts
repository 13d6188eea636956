import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { freeLoopbackPort } from '../../apps/api/src/database/free-port.js';
import { CHROMIUM, launchBrowser } from '../dashboard/dashboard-harness.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { OIDC_CLIENT, startOidcProvider } from './oidc-provider-harness.js';
import { ensureWorkbenchBuilt } from './workbench-harness.js';

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`Skipping the single sign-on browser tests: ${CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk).`);

(haveChromium ? describe : describe.skip)('single sign-on through a real OpenID Connect provider', () => {
  let t: TestApp;
  let base: string;
  let provider: Awaited<ReturnType<typeof startOidcProvider>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;

  beforeAll(async () => {
    const [apiPort, providerPort] = [await freeLoopbackPort(), await freeLoopbackPort()];
    base = `http://127.0.0.1:${apiPort}`;
    const redirectUrl = `${base}/auth/oidc/callback`;
    provider = await startOidcProvider(providerPort, redirectUrl, {
      'judge-1': { name: '张法官', roles: ['panel'] },
      'clerk-9': { name: '李科员', roles: ['xf-clerk', 'staff'] },
      'outsider': { name: '外人', roles: ['staff'] },
    });
    ensureWorkbenchBuilt();
    t = await startTestApp({
      oidc: {
        issuerUrl: provider.issuer, clientId: OIDC_CLIENT.id, clientSecret: OIDC_CLIENT.secret, redirectUrl,
        scopes: 'openid profile', rolesClaim: 'roles', unitClaim: 'unit', nameClaim: 'name', roleMap: { 'xf-clerk': 'clerk' },
      },
    });
    await t.app.listen(apiPort, '127.0.0.1');
  }, 60_000);
  // A fresh browser for each test: the provider would otherwise remember the last user and skip its login page.
  beforeEach(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });
  afterAll(async () => {
    await t?.close();
    await provider?.close();
  });

  /** The provider's own development pages: any login and password, then consent. */
  async function throughProvider(page: Page, login: string): Promise<void> {
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any password');
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]', { hasText: /continue/i }).click();
  }
  const sessionIn = (page: Page) => page.evaluate(async () => {
    const response = await fetch('/auth/session');
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  });

  it('signs a user in with the authorization code flow and PKCE, mapping roles from the provider’s claims', async () => {
    const page = await browser!.context.newPage();
    const authorize = page.waitForRequest((sent) => sent.url().startsWith(`${provider.issuer}/auth?`));
    await page.goto(`${base}/workbench/`);
    expect(await page.getByRole('button', { name: '登录' }).count()).toBe(0);
    await page.getByRole('link', { name: '统一身份认证登录' }).click();
    const asked = new URL((await authorize).url());
    expect(asked.searchParams.get('code_challenge_method')).toBe('S256');
    expect(asked.searchParams.get('state')).toBeTruthy();
    expect(asked.searchParams.get('nonce')).toBeTruthy();
    await throughProvider(page, 'clerk-9');
    await page.waitForURL(`${base}/workbench/`);
    await page.getByTestId('signed-in-as').filter({ hasText: '李科员（工作人员）' }).waitFor();
    await page.locator('[data-screen="cases"]').waitFor();
    const session = await sessionIn(page);
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ id: 'clerk-9', name: '李科员', roles: ['clerk'], method: 'oidc', mustChangePassword: false });
    const cookies = await browser!.context.cookies(base);
    expect(cookies.find((cookie) => cookie.name === 'xinfang-session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    const list = await page.evaluate(async () => (await fetch('/petitions')).status);
    expect(list).toBe(200);
    await page.evaluate(async (csrf) => fetch('/auth/sign-out', { method: 'POST', headers: { 'X-CSRF-Token': csrf } }), String(session.body.csrfToken));
    expect((await sessionIn(page)).status).toBe(401);
    await page.close();
  });

  it('refuses a user the provider vouches for but who has none of the workbench’s roles', async () => {
    const page = await browser!.context.newPage();
    await page.goto(`${base}/auth/oidc/login`);
    const callback = page.waitForResponse((response) => response.url().startsWith(`${base}/auth/oidc/callback`));
    await throughProvider(page, 'outsider');
    expect((await callback).status()).toBe(403);
    expect((await sessionIn(page)).status).toBe(401);
    await page.close();
  });

  it('answers 400 to a callback whose ID token carries another nonce than the sign-in sent, and opens no session', async () => {
    const page = await browser!.context.newPage();
    await page.goto(`${base}/auth/oidc/login`);
    expect((await t.sql.query(`UPDATE oidc_sign_ins SET nonce = 'a-nonce-this-sign-in-never-sent'`)).rowCount).toBe(1);
    const callback = page.waitForResponse((response) => response.url().startsWith(`${base}/auth/oidc/callback`));
    await throughProvider(page, 'judge-1');
    const answer = await callback;
    expect(answer.status()).toBe(400);
    expect(await answer.json()).toMatchObject({ type: '/problems/oidc-callback-refused', status: 400 });
    expect((await sessionIn(page)).status).toBe(401);
    await page.close();
  });

  it('answers 400 to a callback with a state this browser did not start, or with no sign-in started at all', async () => {
    const sessionsBefore = (await t.sql.query('SELECT count(*)::int AS n FROM sessions')).rows[0].n;
    const agent = request.agent(t.app.getHttpServer());
    const started = await agent.get('/auth/oidc/login');
    expect(started.status).toBe(302);
    expect(started.headers.location).toMatch(new RegExp(`^${provider.issuer}/auth\\?`));
    const forged = await agent.get('/auth/oidc/callback').query({ code: 'a-code', state: 'not-the-state' });
    expect(forged.status).toBe(400);
    expect(forged.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(forged.body.detail).toMatch(/state/);
    expect((await request(t.app.getHttpServer()).get('/auth/oidc/callback').query({ code: 'a-code', state: 'x' })).status).toBe(400);
    expect((await t.sql.query('SELECT count(*)::int AS n FROM sessions')).rows[0].n).toBe(sessionsBefore);
  });

  it('turns password sign-in off, and says so to the sign-in page', async () => {
    expect((await t.http.get('/auth/options')).body).toEqual({ password: false, oidc: true });
    expect((await t.http.post('/auth/sign-in').send({ login: 'admin', password: 'whatever-password' })).status).toBe(409);
  });
});

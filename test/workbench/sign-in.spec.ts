import { createApp } from '../../apps/api/src/app.factory.js';
import { UserDirectory } from '../../apps/api/src/directory/user-directory.service.js';
import { startTestApp, type TestApp, testConfig, validPetition } from '../support/test-app.js';
import { OPERATOR, sessionCookieOf, userWithPassword } from './session-support.js';
import request from 'supertest';

describe('signing in to the workbench with the built-in directory', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.close());

  const failures = async (login: string) => (await t.sql.query<{ failures: number }>('SELECT failures FROM sign_in_failures WHERE login = $1', [login])).rows[0]?.failures ?? 0;

  it('signs in with the one-time password into an HttpOnly, SameSite=Strict cookie that opens only the password change', async () => {
    const { oneTimePassword } = await t.app.get(UserDirectory).create(OPERATOR, 'Zhang.San', { name: '张三', roles: ['clerk'] });
    const response = await t.http.post('/auth/sign-in').send({ login: 'zhang.san', password: oneTimePassword });
    expect(response.status).toBe(200);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^xinfang-session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(response.body).toMatchObject({ name: '张三', roles: ['clerk'], login: 'zhang.san', method: 'password', mustChangePassword: true });
    const session = { cookie: sessionCookieOf(response), csrf: response.body.csrfToken as string };

    const refused = await t.http.get('/petitions').set('Cookie', session.cookie);
    expect(refused.status).toBe(403);
    expect(refused.body.type).toBe('/problems/password-change-required');
    const tooShort = await t.http.post('/auth/password').set('Cookie', session.cookie).set('X-CSRF-Token', session.csrf).send({ currentPassword: oneTimePassword, newPassword: 'short' });
    expect(tooShort.status).toBe(400);
    const changed = await t.http.post('/auth/password').set('Cookie', session.cookie).set('X-CSRF-Token', session.csrf).send({ currentPassword: oneTimePassword, newPassword: '张三的新密码-2026' });
    expect(changed.status).toBe(204);
    expect((await t.http.get('/petitions').set('Cookie', session.cookie)).status).toBe(200);
    expect((await t.http.post('/auth/sign-in').send({ login: 'zhang.san', password: oneTimePassword })).status).toBe(401);
  });

  it('records the session user as the actor of what they write, shaped as for a bearer token', async () => {
    const clerk = await userWithPassword(t, 'clerk.li', { name: '李科员', roles: ['clerk'] });
    const registered = await t.http.post('/petitions').set('Cookie', clerk.cookie).set('X-CSRF-Token', clerk.csrf).send(validPetition());
    expect(registered.status).toBe(201);
    const found = await t.http.get(`/petitions/${registered.body.id}`).set('Cookie', clerk.cookie);
    expect(found.body.steps[0].actor).toEqual({ id: clerk.userId, name: '李科员', role: 'clerk' });
  });

  it('refuses a write with the session cookie but without the CSRF token (403), and writes nothing', async () => {
    const clerk = await userWithPassword(t, 'clerk.wang', { name: '王科员', roles: ['clerk'] });
    const events = await t.eventCount();
    for (const csrf of [undefined, 'not-the-token']) {
      const attempt = t.http.post('/petitions').set('Cookie', clerk.cookie).send(validPetition());
      const response = await (csrf ? attempt.set('X-CSRF-Token', csrf) : attempt);
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ type: '/problems/csrf-token-missing', status: 403 });
    }
    expect(await t.eventCount()).toBe(events);
    expect((await t.http.get('/petitions').set('Cookie', clerk.cookie)).status).toBe(200);
  });

  it('answers a wrong password and an unknown name alike, counts both, and locks the name after five', async () => {
    await userWithPassword(t, 'zhao', { name: '赵科员', roles: ['clerk'] }, 'zhao-right-password');
    const wrong = await t.http.post('/auth/sign-in').send({ login: 'zhao', password: 'wrong-password' });
    const unknown = await t.http.post('/auth/sign-in').send({ login: 'nobody', password: 'wrong-password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect({ ...wrong.body, instance: undefined }).toEqual({ ...unknown.body, instance: undefined });
    expect(wrong.body.detail).toBe('The login name or the password is wrong.');
    expect(await failures('zhao')).toBe(1);
    expect(await failures('nobody')).toBe(1);

    for (let attempt = 2; attempt <= 5; attempt++) expect((await t.http.post('/auth/sign-in').send({ login: 'ZHAO', password: `guess-${attempt}` })).status).toBe(401);
    const locked = await t.http.post('/auth/sign-in').send({ login: 'zhao', password: 'zhao-right-password' });
    expect(locked.status).toBe(429);
    expect(locked.body.type).toBe('/problems/sign-in-locked');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(await failures('zhao')).toBe(6);
    for (let attempt = 2; attempt <= 6; attempt++) await t.http.post('/auth/sign-in').send({ login: 'nobody', password: `guess-${attempt}` });
    const unknownLocked = await t.http.post('/auth/sign-in').send({ login: 'nobody', password: 'x' });
    expect({ ...unknownLocked.body, instance: undefined, retryAfterSeconds: undefined, detail: undefined }).toEqual({ ...locked.body, instance: undefined, retryAfterSeconds: undefined, detail: undefined });

    await t.sql.query(`UPDATE sign_in_failures SET window_started_at = now() - interval '16 minutes' WHERE login = 'zhao'`);
    expect((await t.http.post('/auth/sign-in').send({ login: 'zhao', password: 'zhao-right-password' })).status).toBe(200);
    expect(await failures('zhao')).toBe(0);
  });

  it('ends a disabled user’s session at once, and refuses their sign-in with the same answer as a wrong password', async () => {
    const admin = await userWithPassword(t, 'admin.a', { name: '管理员甲', roles: ['admin'] });
    const clerk = await userWithPassword(t, 'clerk.qian', { name: '钱科员', roles: ['clerk'] }, 'qian-password-2026');
    expect((await t.http.get('/petitions').set('Cookie', clerk.cookie)).status).toBe(200);
    const disabled = await t.http.post(`/users/${clerk.userId}/disable`).set('Cookie', admin.cookie).set('X-CSRF-Token', admin.csrf);
    expect(disabled.status).toBe(200);
    expect(disabled.body.disabled).toBe(true);
    expect((await t.http.get('/petitions').set('Cookie', clerk.cookie)).status).toBe(401);
    const again = await t.http.post('/auth/sign-in').send({ login: 'clerk.qian', password: 'qian-password-2026' });
    expect(again.status).toBe(401);
    expect(again.body.type).toBe('/problems/sign-in-failed');
  });

  it('refuses a session of a user disabled behind the application’s back, without waiting for any cache', async () => {
    const clerk = await userWithPassword(t, 'clerk.sun', { name: '孙科员', roles: ['clerk'] });
    expect((await t.http.get('/petitions').set('Cookie', clerk.cookie)).status).toBe(200);
    await t.sql.query('UPDATE directory_users SET disabled_at = now() WHERE id = $1', [clerk.userId]);
    expect((await t.http.get('/petitions').set('Cookie', clerk.cookie)).status).toBe(401);
  });

  it('ends a session after the idle time and after the absolute lifetime', async () => {
    const idle = await userWithPassword(t, 'idle.user', { name: '闲置', roles: ['clerk'] });
    await t.sql.query(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`, [idle.userId]);
    expect((await t.http.get('/petitions').set('Cookie', idle.cookie)).status).toBe(401);
    const old = await userWithPassword(t, 'old.user', { name: '过期', roles: ['clerk'] });
    await t.sql.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [old.userId]);
    expect((await t.http.get('/petitions').set('Cookie', old.cookie)).status).toBe(401);
  });

  it('shares sessions between instances: signed in on one, signed out on the other, refused on both', async () => {
    const other = await createApp({ config: testConfig(t.database.url), databaseUrl: t.database.url }, { logger: false });
    await other.init();
    try {
      const clerk = await userWithPassword(t, 'clerk.zhou', { name: '周科员', roles: ['clerk'] });
      expect((await request(other.getHttpServer()).get('/auth/session').set('Cookie', clerk.cookie)).body.name).toBe('周科员');
      const out = await request(other.getHttpServer()).post('/auth/sign-out').set('Cookie', clerk.cookie).set('X-CSRF-Token', clerk.csrf);
      expect(out.status).toBe(204);
      expect(String(out.headers['set-cookie'])).toMatch(/^xinfang-session=;.*Expires=Thu, 01 Jan 1970/);
      expect((await t.http.get('/auth/session').set('Cookie', clerk.cookie)).status).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('keeps bearer tokens working as before, and prefers the token when both come', async () => {
    const token = await t.token('clerk', { sub: 'api-client', name: '接口' });
    expect((await t.http.get('/petitions').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    const view = await t.http.get('/auth/session').set('Authorization', `Bearer ${token}`);
    expect(view.body).toEqual({ id: 'api-client', name: '接口', roles: ['clerk'], method: 'bearer', mustChangePassword: false });
    const clerk = await userWithPassword(t, 'clerk.wu', { name: '吴科员', roles: ['clerk'] });
    expect((await t.http.get('/auth/session').set('Cookie', clerk.cookie).set('Authorization', 'Bearer nonsense')).status).toBe(401);
    expect((await t.http.get('/petitions')).status).toBe(401);
  });

  it('ends the browser’s previous session when it signs in again', async () => {
    await userWithPassword(t, 'clerk.feng', { name: '冯科员', roles: ['clerk'] }, 'feng-password-2026');
    const first = await t.http.post('/auth/sign-in').send({ login: 'clerk.feng', password: 'feng-password-2026' });
    const again = await t.http.post('/auth/sign-in').set('Cookie', sessionCookieOf(first)).send({ login: 'clerk.feng', password: 'feng-password-2026' });
    expect(again.status).toBe(200);
    expect((await t.http.get('/auth/session').set('Cookie', sessionCookieOf(first))).status).toBe(401);
    expect((await t.http.get('/auth/session').set('Cookie', sessionCookieOf(again))).status).toBe(200);
  });

  it('tells the sign-in page how to sign in, and signs no browser in from another site', async () => {
    expect((await t.http.get('/auth/options')).body).toEqual({ password: true, oidc: false });
    const crossSite = await t.http.post('/auth/sign-in').set('Sec-Fetch-Site', 'cross-site').send({ login: 'zhao', password: 'x' });
    expect(crossSite.status).toBe(403);
  });
});

import { startTestApp, type TestApp } from '../support/test-app.js';
import { type SignedIn, userWithPassword } from './session-support.js';

describe('the user directory, kept by admins', () => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await userWithPassword(t, 'admin', { name: '王管理员', roles: ['admin'] });
  });
  afterAll(async () => t?.close());

  const as = (session: SignedIn) => ({
    get: (path: string) => t.http.get(path).set('Cookie', session.cookie),
    post: (path: string, body?: object) => t.http.post(path).set('Cookie', session.cookie).set('X-CSRF-Token', session.csrf).send(body),
    put: (path: string, body: object) => t.http.put(path).set('Cookie', session.cookie).set('X-CSRF-Token', session.csrf).send(body),
  });

  it('creates users with roles, a unit for unit users and a panel identity for panel members, each with a one-time password', async () => {
    const unit = await as(admin).post('/users', { login: 'town01', name: '镇信访办', roles: ['unit'], unit: 'town-01' });
    expect(unit.status).toBe(201);
    expect(unit.body.user).toMatchObject({ login: 'town01', roles: ['unit'], unit: 'town-01', mustChangePassword: true, disabled: false });
    expect(unit.body.oneTimePassword).toMatch(/^[\w]{5}-[\w]{5}-[\w]{5}-[\w]{5}$/);
    const judge = await as(admin).post('/users', { login: 'judge.zhang', name: '张法官', roles: ['panel'], panel: { displayName: '张法官（县人民法院）', mayChair: false } });
    expect(judge.status).toBe(201);
    const chair = await as(admin).post('/users', { login: 'chair.liu', name: '刘主任', roles: ['panel'], panel: { displayName: '刘主任（县信访局）', mayChair: true } });
    expect((await as(admin).get('/panel-members')).body).toEqual([
      { id: chair.body.user.id, displayName: '刘主任（县信访局）', mayChair: true },
      { id: judge.body.user.id, displayName: '张法官（县人民法院）', mayChair: false },
    ]);
    const leader = await as(admin).post('/users', { login: 'leader.zhou', name: '周副县长', roles: ['leader'] });
    expect(leader.status).toBe(201);
    // Who a clerk may name as a case's owning leader (包案): the leaders, no one else.
    expect((await as(admin).get('/leaders')).body).toEqual([{ id: leader.body.user.id, name: '周副县长' }]);
    const stored = await t.sql.query<{ password_hash: string }>('SELECT password_hash FROM directory_users WHERE login = $1', ['town01']);
    expect(stored.rows[0]!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('refuses a unit user without a unit, a unit on anyone else, a panel member without a panel identity, and a taken login', async () => {
    const before = (await t.sql.query('SELECT count(*)::int AS n FROM directory_users')).rows[0].n;
    const noUnit = await as(admin).post('/users', { login: 'town02', name: '镇', roles: ['unit'] });
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.errors).toEqual([{ field: 'unit', code: 'required', message: expect.stringContaining('code of their unit') }]);
    expect((await as(admin).post('/users', { login: 'clerk9', name: '科员', roles: ['clerk'], unit: 'town-01' })).status).toBe(400);
    expect((await as(admin).post('/users', { login: 'panel9', name: '成员', roles: ['panel'] })).body.errors[0].field).toBe('panel');
    expect((await as(admin).post('/users', { login: 'bad login', name: '名', roles: ['clerk'] })).status).toBe(400);
    expect((await as(admin).post('/users', { login: 'x', name: '名', roles: ['superuser'] })).status).toBe(400);
    const taken = await as(admin).post('/users', { login: 'ADMIN', name: '又一个', roles: ['clerk'] });
    expect(taken.status).toBe(409);
    expect((await t.sql.query('SELECT count(*)::int AS n FROM directory_users')).rows[0].n).toBe(before);
  });

  it('keeps every change in an append-only log with who made it and when, and lets auditors read it', async () => {
    const created = await as(admin).post('/users', { login: 'clerk.he', name: '何科员', roles: ['clerk'] });
    const id = created.body.user.id as string;
    const updated = await as(admin).put(`/users/${id}`, { name: '何科长', roles: ['clerk', 'leader'] });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: '何科长', roles: ['clerk', 'leader'] });
    await as(admin).post(`/users/${id}/disable`);
    await as(admin).post(`/users/${id}/enable`);
    const reset = await as(admin).post(`/users/${id}/password-reset`);
    expect(reset.body.oneTimePassword).toMatch(/-/);
    const auditor = await userWithPassword(t, 'auditor.ma', { name: '马监督', roles: ['auditor'] });
    const log = await as(auditor).get(`/users/changes?userId=${id}`);
    expect(log.status).toBe(200);
    expect(log.body.map((entry: { change: string }) => entry.change)).toEqual(['password_reset', 'enabled', 'disabled', 'updated', 'created']);
    expect(log.body.every((entry: { actor: { id: string; name: string }; changedAt: string }) => entry.actor.id === admin.userId && entry.actor.name === '王管理员' && !Number.isNaN(Date.parse(entry.changedAt)))).toBe(true);
    expect(log.body[3].detail).toEqual({ before: { name: '何科员', roles: ['clerk'] }, after: { name: '何科长', roles: ['clerk', 'leader'] } });
    expect(JSON.stringify(log.body)).not.toContain(reset.body.oneTimePassword);
    await expect(t.sql.query(`UPDATE directory_changes SET actor_name = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(t.sql.query('DELETE FROM directory_changes')).rejects.toThrow(/append-only/);
    expect((await as(auditor).post('/users', { login: 'sneaky', name: '某', roles: ['admin'] })).status).toBe(403);
  });

  it('lets no admin disable themselves or drop their own admin role', async () => {
    const disabled = await as(admin).post(`/users/${admin.userId}/disable`);
    expect(disabled.status).toBe(422);
    expect((await as(admin).put(`/users/${admin.userId}`, { name: '王管理员', roles: ['clerk'] })).status).toBe(422);
    expect((await as(admin).get('/users')).status).toBe(200);
  });

  it('ends the user’s sessions and lifts the lock on their name when an admin resets the password', async () => {
    const clerk = await userWithPassword(t, 'clerk.lin', { name: '林科员', roles: ['clerk'] });
    for (let attempt = 0; attempt < 6; attempt++) await t.http.post('/auth/sign-in').send({ login: 'clerk.lin', password: 'wrong' });
    const reset = await as(admin).post(`/users/${clerk.userId}/password-reset`);
    expect((await t.http.get('/petitions').set('Cookie', clerk.cookie)).status).toBe(401);
    const signIn = await t.http.post('/auth/sign-in').send({ login: 'clerk.lin', password: reset.body.oneTimePassword });
    expect(signIn.status).toBe(200);
    expect(signIn.body.mustChangePassword).toBe(true);
  });

  it('lets only admins keep the directory, and clerks list the panel members', async () => {
    const clerk = await userWithPassword(t, 'clerk.xu', { name: '徐科员', roles: ['clerk'] });
    expect((await as(clerk).get('/users')).status).toBe(403);
    expect((await as(clerk).get('/panel-members')).status).toBe(200);
    expect((await as(clerk).get('/leaders')).status).toBe(200);
    expect((await as(admin).get('/users/not-a-uuid/disable')).status).toBe(404);
    expect((await as(admin).post('/users/00000000-0000-4000-8000-000000000000/disable')).status).toBe(404);
  });
});

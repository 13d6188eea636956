import { startTestApp, type TestApp } from '../support/test-app.js';

describe('the working-day calendar an administrator keeps', () => {
  let t: TestApp;
  let admin: string;
  let clerk: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.token('admin', { sub: 'admin-1' });
    clerk = await t.token('clerk');
  });
  afterAll(async () => t.close());

  it('covers the published years and none after them until an administrator loads one', async () => {
    const calendar = await t.http.get('/calendar').set('Authorization', `Bearer ${clerk}`);
    expect(calendar.status).toBe(200);
    expect(calendar.body.coveredYears).toContain(2026);
    expect(calendar.body.coveredYears).not.toContain(2027);

    expect((await t.http.put('/calendar/overrides/2027-02-06').set('Authorization', `Bearer ${admin}`).send({ kind: 'working_day', note: '调休上班' })).status).toBe(204);
    expect((await t.http.put('/calendar/covered-years/2027').set('Authorization', `Bearer ${admin}`)).status).toBe(204);
    const after = await t.http.get('/calendar').set('Authorization', `Bearer ${clerk}`);
    expect(after.body.coveredYears).toContain(2027);
    expect(after.body.overrides).toEqual([{ date: '2027-02-06', kind: 'working_day', note: '调休上班', changedBy: 'admin-1', changedAt: expect.any(String) }]);
    expect(after.body.declaredYears).toEqual([{ year: 2027, declaredBy: 'admin-1', declaredAt: expect.any(String) }]);
  });

  it('refuses bad dates and kinds, and clerks', async () => {
    expect((await t.http.put('/calendar/overrides/2027-02-30').set('Authorization', `Bearer ${admin}`).send({ kind: 'rest_day' })).status).toBe(400);
    expect((await t.http.put('/calendar/overrides/2027-02-01').set('Authorization', `Bearer ${admin}`).send({ kind: 'holiday' })).status).toBe(400);
    expect((await t.http.put('/calendar/overrides/2027-02-01').set('Authorization', `Bearer ${clerk}`).send({ kind: 'rest_day' })).status).toBe(403);
    expect((await t.http.delete('/calendar/overrides/2030-01-01').set('Authorization', `Bearer ${admin}`)).status).toBe(404);
    expect((await t.http.put('/calendar/covered-years/1800').set('Authorization', `Bearer ${admin}`)).status).toBe(400);
  });
});

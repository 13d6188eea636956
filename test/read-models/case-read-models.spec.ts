import { ClockRecalculation } from '../../apps/api/src/read-models/cases/clock-recalculation.js';
import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

/**
 * Four cases in 2026 (a year the calendar covers):
 *  A housing, received 03-02, accepted 03-05          — open, acceptance met
 *  B labour, received 03-02, never decided             — open, acceptance due 03-17, overdue after
 *  C agriculture (long-standing), received 06-01       — not yet received in March
 *  D law, received 03-10, diverted to the court 03-12  — off the books from 03-12
 */
describe('the case read models over HTTP: list, deadlines, backlog, measures', () => {
  let t: TestApp;
  let clerk: string;
  let lastPosition = '';
  const ids: Record<'A' | 'B' | 'C' | 'D', string> = { A: '', B: '', C: '', D: '' };

  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.token('clerk');
    const register = async (body: Record<string, unknown>) => {
      const response = await t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).send(validPetition(body));
      expect(response.status).toBe(201);
      lastPosition = response.body.position;
      return response.body.id as string;
    };
    const decide = async (id: string, body: Record<string, unknown>) => {
      const response = await t.http.post(`/petitions/${id}/acceptance`).set('Authorization', `Bearer ${clerk}`).send(body);
      expect(response.status).toBe(200);
      lastPosition = response.body.position;
    };
    ids.A = await register({ receivedAt: '2026-03-02', subject: '征地补偿款未足额发放' });
    await decide(ids.A, { decision: 'accepted', handlingUnit: '县自然资源局', decidedAt: '2026-03-05' });
    ids.B = await register({ receivedAt: '2026-03-02', category: 'labour_social_security', subject: '拖欠工资', responsibleUnit: '县人社局' });
    ids.C = await register({ receivedAt: '2026-06-01', category: 'agriculture_rural', subject: '土地承包经营权纠纷', backlogKinds: ['long_standing'] });
    await decide(ids.C, { decision: 'accepted', handlingUnit: '县农业农村局', decidedAt: '2026-06-02' });
    ids.D = await register({ receivedAt: '2026-03-10', category: 'law_litigation', subject: '对判决不服' });
    await decide(ids.D, { decision: 'diverted', toOrgan: '县人民法院', decidedAt: '2026-03-12' });
  });
  afterAll(async () => t.close());

  const get = (path: string, query: Record<string, string> = {}) => t.http.get(path).query({ minPosition: lastPosition, ...query }).set('Authorization', `Bearer ${clerk}`);

  it('lists the cases newest first, reading its own writes', async () => {
    const response = await get('/petitions');
    expect(response.status).toBe(200);
    expect(response.body.items.map((item: { petitionId: string }) => item.petitionId)).toEqual([ids.C, ids.D, ...[ids.A, ids.B].sort().reverse()]);
    expect(response.body.items[0]).toMatchObject({ stage: 'accepted', category: 'agriculture_rural', backlogKinds: ['long_standing'], receivedOn: '2026-06-01', handlingUnit: '县农业农村局' });
    expect(JSON.stringify(response.body)).not.toContain('13800138000');
  });

  it('filters the list by category, stage, unit, backlog kind, text and overdue, page by page', async () => {
    const ofIds = async (query: Record<string, string>) => (await get('/petitions', query)).body.items.map((item: { petitionId: string }) => item.petitionId);
    expect(await ofIds({ category: 'labour_social_security' })).toEqual([ids.B]);
    expect(await ofIds({ stage: 'diverted' })).toEqual([ids.D]);
    expect(await ofIds({ unit: '县自然资源局' })).toEqual([ids.A]);
    expect(await ofIds({ backlogKind: 'long_standing' })).toEqual([ids.C]);
    expect(await ofIds({ q: '征地补偿' })).toEqual([ids.A]);
    expect(await ofIds({ overdue: 'true', asOf: '2026-04-01' })).toEqual([ids.B]);
    const first = await get('/petitions', { limit: '3' });
    const second = await get('/petitions', { limit: '3', cursor: first.body.nextCursor });
    expect([...first.body.items, ...second.body.items]).toHaveLength(4);
    expect(second.body.nextCursor).toBeNull();
  });

  it('shows every clock as of a date, and which are overdue', async () => {
    const overdue = await get('/deadlines', { state: 'overdue', asOf: '2026-04-01' });
    expect(overdue.status).toBe(200);
    expect(overdue.body.items).toEqual([
      expect.objectContaining({ petitionId: ids.B, clock: 'acceptance', state: 'overdue', startedOn: '2026-03-02', deadline: '2026-03-17', daysLeft: -15 }),
    ]);
    const dueSoon = await get('/deadlines', { state: 'due_soon', asOf: '2026-03-15' });
    expect(dueSoon.body.items.map((item: { petitionId: string; clock: string }) => [item.petitionId, item.clock])).toEqual([[ids.B, 'acceptance']]);
    const met = await get('/deadlines', { state: 'met', clock: 'acceptance', asOf: '2026-04-01' });
    expect(met.body.items.map((item: { petitionId: string }) => item.petitionId).sort()).toEqual([ids.A, ids.D].sort());
    const beforeDecision = await get('/deadlines', { clock: 'acceptance', asOf: '2026-03-04' });
    expect(beforeDecision.body.items.find((item: { petitionId: string }) => item.petitionId === ids.A).state).toBe('open');
    // Asked of a past date, a clock stopped since then was still running: it is found by state too.
    const openThen = await get('/deadlines', { state: 'open,due_soon', clock: 'acceptance', asOf: '2026-03-04' });
    expect(openThen.body.items.map((item: { petitionId: string }) => item.petitionId).sort()).toEqual([ids.A, ids.B].sort());
  });

  it('counts the four-category backlog as it stood on a day', async () => {
    const april = await get('/backlog', { asOf: '2026-04-01' });
    expect(april.status).toBe(200);
    expect(april.body.totals).toEqual({
      open: 2,
      overdue: 1,
      byCategory: { housing_construction: { open: 1, overdue: 0 }, labour_social_security: { open: 1, overdue: 1 } },
      byClaimType: { claim: { open: 1, overdue: 0 }, unclassified: { open: 1, overdue: 1 } },
    });
    expect(april.body.cells).toContainEqual({ category: 'labour_social_security', claimType: 'unclassified', stage: 'registered', backlogKind: 'none', ageBucket: '16-30', open: 1, overdue: 1 });
    const march11 = await get('/backlog', { asOf: '2026-03-11' });
    expect(march11.body.totals.open).toBe(3);
    expect(march11.body.cells).toContainEqual({ category: 'law_litigation', claimType: 'claim', stage: 'registered', backlogKind: 'none', ageBucket: '0-15', open: 1, overdue: 0 });
    const june = await get('/backlog', { asOf: '2026-06-03' });
    expect(june.body.cells).toContainEqual({ category: 'agriculture_rural', claimType: 'claim', stage: 'accepted', backlogKind: 'long_standing', ageBucket: '0-15', open: 1, overdue: 0 });
  });

  it('computes the measures over a period, overall and by category, unit and claim type', async () => {
    const march = await get('/stats', { from: '2026-03-01', to: '2026-03-31' });
    expect(march.status).toBe(200);
    expect(march.body.overall.timelyAcceptance).toEqual({ numerator: 2, denominator: 3, rate: 0.6667 });
    expect(march.body.overall.repeatRate).toEqual({ numerator: 0, denominator: 3, rate: 0 });
    expect(march.body.overall.satisfaction).toEqual({ numerator: 0, denominator: 0, rate: null });
    expect(march.body.byCategory).toContainEqual(expect.objectContaining({ category: 'labour_social_security', timelyAcceptance: { numerator: 0, denominator: 1, rate: 0 } }));
    expect(march.body.byUnit).toContainEqual(expect.objectContaining({ unit: '县自然资源局', timelyAcceptance: { numerator: 1, denominator: 1, rate: 1 } }));
    // The labour case still waits for its acceptance decision (late): unclassified; the two decided ones are claims.
    expect(march.body.byClaimType).toHaveLength(2);
    expect(march.body.byClaimType).toEqual(expect.arrayContaining([
      expect.objectContaining({ claimType: 'unclassified', timelyAcceptance: { numerator: 0, denominator: 1, rate: 0 } }),
      expect.objectContaining({ claimType: 'claim', timelyAcceptance: { numerator: 2, denominator: 2, rate: 1 } }),
    ]));
  });

  it('refuses bad queries with a clear 400, and readers without the role', async () => {
    expect((await get('/stats', {})).status).toBe(400);
    expect((await get('/stats', { from: '2026-04-01', to: '2026-03-01' })).status).toBe(400);
    expect((await get('/deadlines', { state: 'late' })).status).toBe(400);
    expect((await get('/petitions', { cursor: 'garbage' })).status).toBe(400);
    expect((await get('/backlog', { asOf: '2026-13-01' })).status).toBe(400);
    expect((await get('/petitions', { minPosition: 'soon' })).status).toBe(400);
    const panel = await t.token('panel');
    expect((await t.http.get('/backlog').set('Authorization', `Bearer ${panel}`)).status).toBe(403);
  });

  it('answers 503 when asked to wait for a position the read models cannot reach in time', async () => {
    const response = await t.http.get('/backlog').query({ minPosition: '999999999999-1' }).set('Authorization', `Bearer ${clerk}`);
    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBe('1');
  }, 15_000);
});

describe('deadlines when the calendar does not cover them yet', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('reports the clock as uncovered, then computes it once an administrator loads the year', async () => {
    const clerk = await t.token('clerk');
    const admin = await t.token('admin');
    const registered = await t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).send(validPetition({ receivedAt: '2026-11-20' }));
    const accepted = await t.http.post(`/petitions/${registered.body.id}/acceptance`).set('Authorization', `Bearer ${clerk}`).send({ decision: 'accepted', handlingUnit: '县信访局', decidedAt: '2026-11-25' });
    expect(accepted.status).toBe(200);
    const handling = async () =>
      (await t.http.get('/deadlines').query({ minPosition: accepted.body.position, asOf: '2026-11-26', clock: 'handling' }).set('Authorization', `Bearer ${clerk}`)).body.items;
    // 60 days from 2026-11-25 end on 2027-01-24, a year the installed schedule does not cover.
    expect(await handling()).toEqual([expect.objectContaining({ clock: 'handling', state: 'uncovered', deadline: null, uncovered: '2027-01-24' })]);

    expect((await t.http.put('/calendar/overrides/2027-01-25').set('Authorization', `Bearer ${admin}`).send({ kind: 'rest_day', note: '示例' })).status).toBe(204);
    expect((await t.http.put('/calendar/covered-years/2027').set('Authorization', `Bearer ${admin}`)).status).toBe(204);
    await t.app.get(ClockRecalculation).settled();
    // 2027-01-24 is a Sunday and the administrator made Monday a rest day: the deadline rolls to Tuesday.
    expect(await handling()).toEqual([expect.objectContaining({ clock: 'handling', state: 'open', deadline: '2027-01-26', uncovered: null })]);
  });
});

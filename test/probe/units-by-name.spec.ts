import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

type Res = { status: number; body: Record<string, unknown>; headers: Record<string, string> };

/**
 * DOMAIN.md "Responsible units": a case handed to a unit by the name history wrote reads as the
 * registered unit of that name. Every list and report that filters or counts by unit says so: one
 * unit, under its code, whether its cases name it by code or by name.
 */
describe('a unit named by its registered name counts as that unit in every list and report', () => {
  let t: TestApp;
  let clerk: string;
  let position = '';
  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.token('clerk', { sub: 'clerk-1' });
    const township = await t.token('unit', { sub: 'officer-1', unit: 'hd-town' });
    const admin = await t.token('admin', { sub: 'admin-1' });
    expect((await t.http.put('/units/hd-town').set('Authorization', `Bearer ${admin}`).send({ name: '合德镇人民政府', level: 'township' })).status).toBe(201);
    const post = async (token: string, path: string, body: object, status = 200) => {
      const response = (await t.http.post(path).set('Authorization', `Bearer ${token}`).send(body)) as unknown as Res;
      expect({ path, status: response.status }).toEqual({ path, status });
      return response.body;
    };
    for (const ref of ['合德镇人民政府', 'hd-town']) {
      const id = (await post(clerk, '/petitions', validPetition({ responsibleUnit: ref, receivedAt: '2026-09-01' }), 201)).id as string;
      await post(clerk, `/petitions/${id}/acceptance`, { decision: 'assigned', toUnit: ref, reportBy: '2026-09-20', decidedAt: '2026-09-02' });
      const { supervisionId } = await post(clerk, `/petitions/${id}/supervisions`, { level: 'notice', subject: '逾期未报送办结报告', answerBy: '2026-10-15', issuedOn: '2026-10-08' }, 201);
      position = (await post(township, `/petitions/${id}/supervisions/${supervisionId as string}/answer`, { progress: '办理中', answeredOn: '2026-10-10' })).position as string;
    }
  });
  afterAll(async () => t.close());
  const get = async (path: string) => {
    const response = (await t.http.get(path).set('Authorization', `Bearer ${clerk}`)) as unknown as Res;
    expect({ path, status: response.status }).toEqual({ path, status: 200 });
    return response.body;
  };
  const units = (body: Record<string, unknown>, key = 'items') => (body[key] as { unit: string }[]).map((item) => item.unit);

  it('in /deadlines?unit= and the clocks’ unit', async () => {
    const deadlines = await get(`/deadlines?unit=hd-town&clock=completion_report&minPosition=${position}`);
    expect(units(deadlines)).toEqual(['hd-town', 'hd-town']);
  });

  it('in the supervision register and its proposals', async () => {
    const register = await get('/supervisions?unit=hd-town&asOf=2026-10-10');
    expect(register.items).toEqual([expect.objectContaining({ unit: 'hd-town', unitName: '合德镇人民政府' }), expect.objectContaining({ unit: 'hd-town', unitName: '合德镇人民政府' })]);
    const proposals = await get('/supervisions?proposed=true&unit=hd-town&asOf=2026-10-01');
    expect(proposals.items).toEqual([expect.objectContaining({ unit: 'hd-town', unitName: '合德镇人民政府' }), expect.objectContaining({ unit: 'hd-town', unitName: '合德镇人民政府' })]);
  });

  it('in the monthly overdue report: one line for the unit, with its name', async () => {
    const report = await get('/reports/overdue?month=2026-10');
    expect(report.units).toEqual([{ unit: 'hd-town', unitName: '合德镇人民政府', cases30: 2, clocks30: 2, cases60: 0, clocks60: 0, supervisionsIssued: 2, supervisionsAnswered: 2, supervisionsEscalated: 0 }]);
  });

  it('in the measures by unit and the case list', async () => {
    const stats = await get('/stats?from=2026-10-01&to=2026-10-31');
    expect(units(stats, 'byUnit')).toEqual(['hd-town']);
    expect((await get('/petitions?unit=hd-town')).items).toHaveLength(2);
  });
});

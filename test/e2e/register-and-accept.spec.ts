import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

describe('registering and deciding acceptance over HTTP', () => {
  let t: TestApp;
  let clerk: string;
  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.token('clerk', { sub: 'clerk-1', name: '李科员' });
  });
  afterAll(async () => t.close());

  async function register(body = validPetition()) {
    const response = await t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).send(body);
    expect(response.status).toBe(201);
    return response;
  }

  it('registers a petition with every field and shows it back untouched, with who recorded it', async () => {
    const response = await register();
    expect(response.headers.location).toBe(`/petitions/${response.body.id}`);
    expect(response.headers.etag).toBe('"1"');
    expect(response.body).toMatchObject({ version: 1, stage: 'registered' });
    expect(response.body.receiptNumber).toMatch(/^XF20261102-[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(response.body.position).toMatch(/^\d+-\d+$/);

    const read = await t.http.get(`/petitions/${response.body.id}`).set('Authorization', `Bearer ${clerk}`);
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.body).toMatchObject({
      id: response.body.id,
      version: 1,
      stage: 'registered',
      allowedNext: ['accept', 'not_accept', 'forward', 'assign', 'channel', 'reclassify'],
      petition: {
        receiptNumber: response.body.receiptNumber,
        channel: 'visit',
        petitioners: [{ name: '王某某', idNumber: '11010519491231002X', phone: '13800138000', address: '射阳县某镇某村' }],
        subject: '征地补偿款未足额发放',
        content: '2024年村里征地，补偿款至今只发放了一半。',
        category: 'housing_construction',
        responsibleUnit: '某某镇人民政府',
        receivedAt: '2026-11-02',
        backlogKinds: [],
      },
    });
    expect(read.body.steps).toEqual([
      { version: 1, type: 'PetitionRegistered', businessDate: '2026-11-02', recordedAt: expect.any(String), actor: { id: 'clerk-1', name: '李科员', role: 'clerk' } },
    ]);
  });

  it('stores who did it and when in every event', async () => {
    const { body } = await register();
    const { rows } = await t.sql.query(`SELECT metadata FROM event_store.events WHERE stream_id = $1`, [`petition-${body.id}`]);
    expect(rows[0].metadata.actor).toEqual({ id: 'clerk-1', name: '李科员', role: 'clerk' });
    expect(Date.parse(rows[0].metadata.recordedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('defaults receivedAt to today in Shanghai', async () => {
    const { body } = await register(validPetition({ receivedAt: undefined }));
    const read = await t.http.get(`/petitions/${body.id}`).set('Authorization', `Bearer ${clerk}`);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect(read.body.petition.receivedAt).toBe(today);
  });

  it.each([
    [{ decision: 'accepted', handlingUnit: '县人社局', decidedAt: '2026-11-03' }, 'accepted', ['schedule_hearing', 'start_mediation', 'extend', 'issue_opinion', 'close', 'reclassify', 'change_claim_type']],
    [{ decision: 'not_accepted', reason: '已经通过诉讼途径解决' }, 'not_accepted', ['reclassify', 'change_claim_type']],
    [{ decision: 'forwarded', toUnit: '县住建局' }, 'forwarded', ['accept', 'object', 'sign_for_case', 'reclassify', 'change_claim_type']],
    [{ decision: 'assigned', toUnit: '县自然资源局', note: '限期答复', reportBy: '2026-11-30', decidedAt: '2026-11-03' }, 'assigned', ['accept', 'object', 'sign_for_case', 'reclassify', 'change_claim_type']],
  ])('decides %o', async (decision, stage, allowedNext) => {
    const { body } = await register();
    const response = await t.http.post(`/petitions/${body.id}/acceptance`).set('Authorization', `Bearer ${clerk}`).send(decision);
    expect(response.status).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    expect(response.body).toMatchObject({ id: body.id, version: 2, stage });
    const read = await t.http.get(`/petitions/${body.id}`).set('Authorization', `Bearer ${clerk}`);
    expect(read.body.stage).toBe(stage);
    expect(read.body.allowedNext).toEqual(allowedNext);
    expect(read.body.petition.acceptance).toMatchObject(decision);
  });

  it('diverts a law-and-litigation petition to the political-legal organs', async () => {
    const { body } = await register(validPetition({ category: 'law_litigation' }));
    const response = await t.http
      .post(`/petitions/${body.id}/acceptance`)
      .set('Authorization', `Bearer ${clerk}`)
      .send({ decision: 'diverted', toOrgan: '县人民法院', reason: '属于诉讼范围' });
    expect(response.status).toBe(200);
    expect(response.body.stage).toBe('diverted');
  });

  it('lets the receiving unit accept a forwarded case, with the matching If-Match', async () => {
    const { body } = await register();
    const forwarded = await t.http.post(`/petitions/${body.id}/acceptance`).set('Authorization', `Bearer ${clerk}`).send({ decision: 'forwarded', toUnit: '县住建局' });
    const accepted = await t.http
      .post(`/petitions/${body.id}/acceptance`)
      .set('Authorization', `Bearer ${clerk}`)
      .set('If-Match', forwarded.headers.etag!)
      .send({ decision: 'accepted', handlingUnit: '县住建局' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ version: 3, stage: 'accepted' });
  });

  it('lets an admin do what a clerk does, recorded under the admin role', async () => {
    const admin = await t.token('admin', { sub: 'admin-1' });
    const response = await t.http.post('/petitions').set('Authorization', `Bearer ${admin}`).send(validPetition());
    expect(response.status).toBe(201);
    const read = await t.http.get(`/petitions/${response.body.id}`).set('Authorization', `Bearer ${admin}`);
    expect(read.body.steps[0].actor).toEqual({ id: 'admin-1', name: 'admin-1', role: 'admin' });
  });

  it('lets an auditor read a case', async () => {
    const { body } = await register();
    const auditor = await t.token('auditor');
    expect((await t.http.get(`/petitions/${body.id}`).set('Authorization', `Bearer ${auditor}`)).status).toBe(200);
  });
});

import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

describe('GET /me/hearings: the hearings a panel member sits on', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.close());

  it('lists each hearing whose panel names the caller, with their seat and whether they have given their opinion', async () => {
    const clerk = await t.token('clerk', { sub: 'clerk-1', name: '李科员' });
    const as = (token: string) => ({ Authorization: `Bearer ${token}` });
    const panel = [
      { memberId: 'm-chair', name: '王主任', role: 'chair' },
      { memberId: 'm-judge', name: '张法官', role: 'judge' },
      { memberId: 'm-lawyer', name: '刘律师', role: 'lawyer' },
    ];
    const registered = await t.http.post('/petitions').set(as(clerk)).send(validPetition({ receivedAt: '2026-11-02' }));
    const id = registered.body.id as string;
    await t.http.post(`/petitions/${id}/acceptance`).set(as(clerk)).send({ decision: 'accepted', handlingUnit: '某某镇人民政府', decidedAt: '2026-11-03' }).expect(200);
    const scheduled = await t.http.post(`/petitions/${id}/hearings`).set(as(clerk))
      .send({ scheduledOn: '2026-11-04', hearingDate: '2026-11-10', venue: '县信访局模拟法庭', panel, attendees: { petitioner: true, responsibleUnit: '某某镇人民政府' } });
    expect(scheduled.status).toBe(201);
    const judge = await t.token('panel', { sub: 'm-judge', name: '张法官' });
    const given = await t.http.post(`/petitions/${id}/hearings/${scheduled.body.hearingId}/opinions`).set(as(judge)).send({ opinion: 'supports', reasoning: '应足额补偿', givenOn: '2026-11-10' });
    await t.http.get('/backlog').query({ minPosition: given.body.position }).set(as(clerk)).expect(200);

    const mine = await t.http.get('/me/hearings').set(as(judge));
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual([{
      petitionId: id, receiptNumber: registered.body.receiptNumber, subject: '征地补偿款未足额发放', stage: 'accepted',
      hearingId: scheduled.body.hearingId, status: 'scheduled', hearingDate: '2026-11-10', venue: '县信访局模拟法庭', myRole: 'judge', opinionGiven: true,
    }]);
    const chair = (await t.http.get('/me/hearings').set(as(await t.token('panel', { sub: 'm-chair' })))).body;
    expect(chair).toMatchObject([{ myRole: 'chair', opinionGiven: false }]);
    expect((await t.http.get('/me/hearings').set(as(await t.token('panel', { sub: 'someone-else' })))).body).toEqual([]);
    expect((await t.http.get('/me/hearings').set(as(clerk))).status).toBe(403);
  });
});

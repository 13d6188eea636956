import { HEARING_PANEL } from '../reliability/support/case-fixture.js';
import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

/**
 * Business dates outside the plausible range (petition.limits.ts: EARLIEST_BUSINESS_DATE,
 * FUTURE_HORIZON_YEARS) are refused by the decider with 422 naming the field, and nothing is
 * appended.
 */
describe('dates out of the plausible range over HTTP', () => {
  let t: TestApp;
  let clerk: string;
  beforeAll(async () => {
    t = await startTestApp();
    clerk = `Bearer ${await t.token('clerk')}`;
  });
  afterAll(async () => t.close());

  it('refuses a petition received in 1900 with 422 naming receivedAt, appending nothing', async () => {
    const before = await t.eventCount();
    const response = await t.http.post('/petitions').set('Authorization', clerk).send(validPetition({ receivedAt: '1900-01-01' }));
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([{ field: 'receivedAt', code: 'rule', message: "must not be before 1949-10-01, the earliest date a bureau's records can bear" }]);
    expect(await t.eventCount()).toBe(before);
  });

  it('refuses a hearing on 9999-01-01 with 422 naming hearingDate, appending nothing', async () => {
    const { id } = (await t.http.post('/petitions').set('Authorization', clerk).send(validPetition())).body as { id: string };
    expect((await t.http.post(`/petitions/${id}/acceptance`).set('Authorization', clerk).send({ decision: 'accepted', handlingUnit: '县住建局', decidedAt: '2026-11-05' })).status).toBe(200);
    const before = await t.eventCount();
    const response = await t.http
      .post(`/petitions/${id}/hearings`)
      .set('Authorization', clerk)
      .send({ scheduledOn: '2026-11-10', hearingDate: '9999-01-01', venue: '县信访局模拟法庭', panel: HEARING_PANEL, attendees: { petitioner: true, responsibleUnit: '县住建局' } });
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'hearingDate', code: 'rule', message: expect.stringMatching(/^must not be later than \d{4}-\d{2}-\d{2}, 5 years from today$/) })]);
    expect(await t.eventCount()).toBe(before);
  });
});

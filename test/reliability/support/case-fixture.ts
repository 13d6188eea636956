import type { TestApp } from '../../support/test-app.js';
import { validPetition } from '../../support/test-app.js';

/** Panel members of the fixture's hearing; a panel token with the chair's `sub` may act on it. */
export const CHAIR_ID = 'panel-chair';
export const HEARING_PANEL = [
  { memberId: CHAIR_ID, name: '王主任', role: 'chair' },
  { memberId: 'panel-judge', name: '张法官', role: 'judge' },
  { memberId: 'panel-lawyer', name: '刘律师', role: 'lawyer' },
];

export interface CaseWithHearing {
  readonly id: string;
  readonly hearingId: string;
  readonly receiptNumber: string;
}

/** A case received 2026-03-02, accepted, with a mock-court hearing scheduled whose chair is `CHAIR_ID`. */
export async function caseWithHearing(t: TestApp, phone = '13912340000'): Promise<CaseWithHearing> {
  const clerk = await t.token('clerk', { sub: 'clerk-fixture' });
  const post = async (path: string, body: Record<string, unknown>, status: number) => {
    const response = await t.http.post(path).set('Authorization', `Bearer ${clerk}`).send(body);
    if (response.status !== status) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const { id, receiptNumber } = await post('/petitions', validPetition({ receivedAt: '2026-03-02', petitioners: [{ name: '钱某', phone }] }), 201);
  await post(`/petitions/${id}/acceptance`, { decision: 'accepted', handlingUnit: '县住建局', decidedAt: '2026-03-05' }, 200);
  const { hearingId } = await post(
    `/petitions/${id}/hearings`,
    { scheduledOn: '2026-03-10', hearingDate: '2026-03-17', venue: '县信访局模拟法庭', panel: HEARING_PANEL, attendees: { petitioner: true, responsibleUnit: '县住建局' } },
    201,
  );
  return { id, hearingId, receiptNumber };
}

/** Values for the path parameters every route of the API uses; an unknown one gets a placeholder. */
export function pathValues(fixture: CaseWithHearing): Record<string, string> {
  return { id: fixture.id, hid: fixture.hearingId, receiptNumber: fixture.receiptNumber, date: '2031-10-08', year: '2031' };
}

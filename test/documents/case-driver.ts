import { type TestApp, validPetition } from '../support/test-app.js';

/** Drives cases through the lifecycle over HTTP, each step by the role that may take it, dated in 2026 (the calendar's covered year). */
export interface CaseDriver {
  readonly clerk: string;
  register(overrides?: Record<string, unknown>): Promise<{ id: string; receiptNumber: string; position: string }>;
  step(path: string, body: Record<string, unknown>, token?: string, status?: number): Promise<{ body: Record<string, unknown> }>;
  hold(id: string, dates: { scheduledOn: string; hearingDate: string; concludedOn: string; resolveBy: string }): Promise<string>;
  /** Registered 2026-03-02, accepted 2026-03-05 by 某某镇人民政府, with a hearing, an agreed mediation, an extension, an opinion, closure, review and final review. */
  wholeLifecycle(overrides?: Record<string, unknown>): Promise<string>;
}

export const PANEL = [
  { memberId: 'panel-chair', name: '王主任', role: 'chair' },
  { memberId: 'panel-judge', name: '张法官', role: 'judge' },
  { memberId: 'panel-lawyer', name: '刘律师', role: 'lawyer' },
];

export const OPINION = { outcome: 'supported', request: '足额发放征地补偿款', facts: '经查，补偿款仅发放一半', reasons: '补偿标准有明确规定，应当足额发放', legalBasis: '《中华人民共和国土地管理法》第四十八条', servedOn: '2026-04-20' };

export async function caseDriver(t: TestApp): Promise<CaseDriver> {
  const clerk = await t.token('clerk', { sub: 'clerk-1', name: '李科员' });
  const members = Object.fromEntries(await Promise.all(PANEL.map(async (member) => [member.memberId, await t.token('panel', { sub: member.memberId, name: member.name })] as const)));
  let petitioners = 0;

  async function step(path: string, body: Record<string, unknown>, token = clerk, status = 200) {
    const response = await t.http.post(path).set('Authorization', `Bearer ${token}`).send(body);
    expect({ path, status: response.status, body: response.status === status ? undefined : response.body }).toEqual({ path, status, body: undefined });
    return response;
  }

  async function register(overrides: Record<string, unknown> = {}) {
    // A petitioner of its own: intake links cases of the same person and matter, and these are unrelated.
    const seq = String(++petitioners).padStart(3, '0');
    const petitioner = { name: '王某某', idNumber: residentIdNumber(`11010519491231${seq}`), phone: `1390000${seq.padStart(4, '0')}`, address: '射阳县某镇某村' };
    const { body } = await step('/petitions', validPetition({ receivedAt: '2026-03-02', petitioners: [petitioner], ...overrides }), clerk, 201);
    const read = await t.http.get(`/petitions/${body.id}`).set('Authorization', `Bearer ${clerk}`);
    return { id: body.id as string, receiptNumber: read.body.petition.receiptNumber as string, position: body.position as string };
  }

  async function hold(id: string, dates: { scheduledOn: string; hearingDate: string; concludedOn: string; resolveBy: string }) {
    const attendees = { petitioner: true, petitionerLawyer: '陈律师', responsibleUnit: '某某镇人民政府' };
    const scheduled = await step(`/petitions/${id}/hearings`, { scheduledOn: dates.scheduledOn, hearingDate: dates.hearingDate, venue: '县信访局模拟法庭', panel: PANEL, attendees }, clerk, 201);
    const hearingId = scheduled.body.hearingId as string;
    const opinions = `/petitions/${id}/hearings/${hearingId}/opinions`;
    await step(opinions, { opinion: 'partially_supports', reasoning: '补偿标准偏低，但部分诉求缺乏依据', givenOn: dates.hearingDate }, members['panel-chair']);
    await step(opinions, { opinion: 'supports', reasoning: '依据土地管理法应足额补偿', givenOn: dates.hearingDate }, members['panel-judge']);
    await step(opinions, { opinion: 'does_not_support', reasoning: '已超过协议约定期限', givenOn: dates.hearingDate }, members['panel-lawyer']);
    await step(`/petitions/${id}/hearings/${hearingId}/conclusion`, {
      conclusion: 'partially_supports', findings: '补偿款发放不足属实', resolutionPlan: '镇政府限期补发差额', resolveBy: dates.resolveBy, concludedOn: dates.concludedOn,
    }, members['panel-chair']);
    return hearingId;
  }

  async function wholeLifecycle(overrides: Record<string, unknown> = {}) {
    const { id } = await register(overrides);
    await step(`/petitions/${id}/acceptance`, { decision: 'accepted', handlingUnit: '某某镇人民政府', decidedAt: '2026-03-05' });
    await hold(id, { scheduledOn: '2026-03-10', hearingDate: '2026-03-17', concludedOn: '2026-03-18', resolveBy: '2026-04-15' });
    await step(`/petitions/${id}/mediation`, { mediator: '县人民调解委员会', startedOn: '2026-03-20' });
    await step(`/petitions/${id}/mediation/sessions`, { attendees: ['王某某', '镇政府代表'], summary: '双方就补偿差额协商', delayRequestedBy: 'unit', delayReason: '镇政府需核对账目', heldOn: '2026-03-25' });
    await step(`/petitions/${id}/mediation/agreement`, {
      terms: '镇政府补发补偿款差额人民币三万元', obligations: [{ party: '某某镇人民政府', obligation: '补发差额三万元', dueOn: '2026-04-30' }], agreedOn: '2026-04-01',
    });
    await step(`/petitions/${id}/extension`, { days: 15, reason: '需补充调查补偿台账', approver: '赵局长', extendedOn: '2026-04-10' });
    await step(`/petitions/${id}/opinion`, OPINION);
    await step(`/petitions/${id}/closure`, { outcome: 'opinion_served', closedOn: '2026-04-22' });
    await step(`/petitions/${id}/review`, { requestedBy: '王某某', reasons: '补发金额计算有误', requestedOn: '2026-05-06' });
    await step(`/petitions/${id}/review/opinion`, { outcome: 'upheld', reasons: '原处理意见并无不当', reviewingOrgan: '县人民政府', servedOn: '2026-05-28' });
    await step(`/petitions/${id}/final-review`, { requestedBy: '王某某', reasons: '仍不服复查意见', requestedOn: '2026-06-10' });
    await hold(id, { scheduledOn: '2026-06-12', hearingDate: '2026-06-19', concludedOn: '2026-06-22', resolveBy: '2026-07-10' });
    await step(`/petitions/${id}/final-review/opinion`, { outcome: 'changed', reasons: '差额计算应予更正', reviewingOrgan: '市信访局', servedOn: '2026-07-01' });
    return id;
  }

  return { clerk, register, step, hold, wholeLifecycle };
}

/** A valid 18-character resident ID number for 17 digits: the check character of GB 11643 (ISO 7064 MOD 11-2). */
export function residentIdNumber(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}

import { addDays } from '@xinfang/calendar';
import { type TestApp, validPetition } from '../support/test-app.js';

export type DrivenStage = 'registered' | 'accepted' | 'closed' | 'concluded';

/** A programme panel: every member declares no direct interest (recusal, 条例 Art. 28). */
export const PANEL = [
  { memberId: 'panel-chair', name: '王主任', role: 'chair', noDirectInterest: true },
  { memberId: 'panel-judge', name: '张法官', role: 'judge', noDirectInterest: true },
  { memberId: 'panel-lawyer', name: '刘律师', role: 'lawyer', noDirectInterest: true },
  { memberId: 'panel-mediator', name: '周调解员', role: 'mediator', noDirectInterest: true },
] as const;
export const ATTENDEES = { petitioner: true, responsibleUnit: '射阳县住房和城乡建设局' };

export interface HearingPlan {
  scheduledOn: string;
  hearingDate: string;
  concludedOn: string;
  resolveBy: string;
  planTasks?: { task: string; ownerUnit: string; dueOn: string }[];
  /** Members who give no opinion (recused ones are left out by themselves). */
  silent?: readonly string[];
}

/** Drives cases and programmes over HTTP, each step by the role that may take it. */
export async function programmeDriver(t: TestApp) {
  const clerk = await t.token('clerk', { sub: 'clerk-1', name: '李科员' });
  const members: Record<string, string> = Object.fromEntries(
    await Promise.all(PANEL.map(async (member) => [member.memberId, await t.token('panel', { sub: member.memberId, name: member.name })] as const)),
  );

  async function post(path: string, body: object, { token = clerk, status = 200 }: { token?: string; status?: number } = {}) {
    const response = await t.http.post(path).set('Authorization', `Bearer ${token}`).send(body);
    expect({ path, status: response.status, body: response.status === status ? undefined : response.body }).toEqual({ path, status, body: undefined });
    return response;
  }

  async function get(path: string, token = clerk) {
    const response = await t.http.get(path).set('Authorization', `Bearer ${token}`);
    expect({ path, status: response.status }).toEqual({ path, status: 200 });
    return response.body;
  }

  const petitionerOf = new Map<string, string>();

  async function register(petitioner: { name: string; phone: string }, overrides: Record<string, unknown>) {
    const { body } = await post('/petitions', validPetition({ petitioners: [petitioner], responsibleUnit: '射阳县住房和城乡建设局', ...overrides }), { status: 201 });
    petitionerOf.set(body.id as string, petitioner.name);
    return { id: body.id as string, position: body.position as string };
  }

  /** From receipt on `receivedOn`: accepted 3 days later, opinion at 30, closed at 32, review at 40 and 60, final review at 70 and 90. */
  async function toStage(id: string, stage: DrivenStage, receivedOn: string) {
    const on = (days: number) => addDays(receivedOn, days);
    if (stage === 'registered') return;
    await post(`/petitions/${id}/acceptance`, { decision: 'accepted', handlingUnit: '射阳县住房和城乡建设局', decidedAt: on(3) });
    if (stage === 'accepted') return;
    await post(`/petitions/${id}/opinion`, { outcome: 'not_supported', request: '补偿', facts: '已按标准补偿', reasons: '于法无据', legalBasis: '《土地管理法》', servedOn: on(30) });
    await post(`/petitions/${id}/closure`, { outcome: 'opinion_served', closedOn: on(32) });
    if (stage === 'closed') return;
    const requestedBy = petitionerOf.get(id);
    await post(`/petitions/${id}/review`, { requestedBy, reasons: '不服', requestedOn: on(40) });
    await post(`/petitions/${id}/review/opinion`, { outcome: 'upheld', reasons: '维持', reviewingOrgan: '射阳县人民政府', servedOn: on(60) });
    await post(`/petitions/${id}/final-review`, { requestedBy, reasons: '仍不服', requestedOn: on(70) });
    await post(`/petitions/${id}/final-review/opinion`, { outcome: 'upheld', reasons: '维持', reviewingOrgan: '盐城市人民政府', servedOn: on(90) });
  }

  async function openProgramme(body: Record<string, unknown>): Promise<{ programmeId: string; position: string }> {
    const { body: opened } = await post('/programmes', body, { status: 201 });
    return { programmeId: opened.programmeId as string, position: opened.position as string };
  }

  async function enrol(programmeId: string, petitionId: string, enrolment: { track: string; reason: string; owningLeader: string; enrolledOn: string; targetDate: string }) {
    return post(`/programmes/${programmeId}/enrolments`, { petitionId, ...enrolment }, { status: 201 });
  }

  /** Schedules a programme hearing, takes every opinion on the hearing day, and concludes it; returns its id and its tasks' ids. */
  async function hearing(id: string, plan: HearingPlan, beforeOpinions: (hearingId: string) => Promise<void> = async () => undefined) {
    const { scheduledOn, hearingDate, concludedOn, resolveBy, planTasks, silent = [] } = plan;
    const hearingId = (await post(`/petitions/${id}/hearings`, { scheduledOn, hearingDate, venue: '射阳县信访局模拟法庭', panel: PANEL, attendees: ATTENDEES }, { status: 201 })).body.hearingId as string;
    await beforeOpinions(hearingId);
    const recused = new Set(((await get(`/petitions/${id}`)).petition.hearings.at(-1).recusals ?? []).filter((r: { decision?: { outcome: string } }) => r.decision?.outcome === 'granted').map((r: { memberId: string }) => r.memberId));
    for (const member of PANEL.filter((candidate) => !silent.includes(candidate.memberId) && !recused.has(candidate.memberId))) {
      await post(`/petitions/${id}/hearings/${hearingId}/opinions`, { opinion: 'partially_supports', reasoning: '部分诉求有据', givenOn: hearingDate }, { token: members[member.memberId] });
    }
    await post(
      `/petitions/${id}/hearings/${hearingId}/conclusion`,
      { conclusion: 'partially_supports', findings: '查明事实', resolutionPlan: '限期落实化解方案', resolveBy, concludedOn, absentMemberIds: [...silent], ...(planTasks && { planTasks }) },
      { token: members['panel-chair'] },
    );
    const held = (await get(`/petitions/${id}`)).petition.hearings.at(-1);
    return { hearingId, taskIds: ((held.conclusion.planTasks ?? []) as { taskId: string }[]).map((task) => task.taskId) };
  }

  /** Waits until every read model and the rebound reactor have been through the log up to `position`. */
  async function settle(position: string) {
    await get(`/programmes?minPosition=${position}`);
  }

  return { clerk, members, post, get, register, toStage, openProgramme, enrol, hearing, settle };
}

export type ProgrammeDriver = Awaited<ReturnType<typeof programmeDriver>>;

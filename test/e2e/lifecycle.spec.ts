import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

/** The lifecycle over HTTP, each step taken by the role that may take it, dated in 2026 (the calendar's covered year). */
describe('a petition’s lifecycle over HTTP', () => {
  let t: TestApp;
  let clerk: string;
  let chair: string;
  let judge: string;
  let lawyer: string;
  const panel = [
    { memberId: 'panel-chair', name: '王主任', role: 'chair' },
    { memberId: 'panel-judge', name: '张法官', role: 'judge' },
    { memberId: 'panel-lawyer', name: '刘律师', role: 'lawyer' },
  ];
  const attendees = { petitioner: true, petitionerLawyer: '陈律师', responsibleUnit: '某某镇人民政府' };

  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.token('clerk', { sub: 'clerk-1', name: '李科员' });
    chair = await t.token('panel', { sub: 'panel-chair', name: '王主任' });
    judge = await t.token('panel', { sub: 'panel-judge', name: '张法官' });
    lawyer = await t.token('panel', { sub: 'panel-lawyer', name: '刘律师' });
  });
  afterAll(async () => t.close());

  let petitioners = 0;
  /** A petition of a petitioner of its own: intake links cases of the same person and matter, and these are unrelated. */
  const freshPetition = (receivedAt: string) => validPetition({ receivedAt, petitioners: [{ name: '王某某', phone: `1390000${String(++petitioners).padStart(4, '0')}` }] });

  /** Posts as `token` and expects `status`, showing the problem document when it is not. */
  async function step(token: string, path: string, body: Record<string, unknown>, status = 200) {
    const response = await t.http.post(path).set('Authorization', `Bearer ${token}`).send(body);
    expect({ path, status: response.status, body: response.status === status ? undefined : response.body }).toEqual({ path, status, body: undefined });
    return response;
  }

  async function read(id: string, token = clerk) {
    const response = await t.http.get(`/petitions/${id}`).set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(200);
    return response.body;
  }

  async function hold(id: string, dates: { scheduledOn: string; hearingDate: string; concludedOn: string; resolveBy: string }) {
    const scheduled = await step(clerk, `/petitions/${id}/hearings`, { scheduledOn: dates.scheduledOn, hearingDate: dates.hearingDate, venue: '县信访局模拟法庭', panel, attendees }, 201);
    const hearingId: string = scheduled.body.hearingId;
    expect(scheduled.headers.location).toBe(`/petitions/${id}/hearings/${hearingId}`);
    expect(scheduled.headers.etag).toBe(`"${scheduled.body.version}"`);
    const opinions = `/petitions/${id}/hearings/${hearingId}/opinions`;
    await step(chair, opinions, { opinion: 'partially_supports', reasoning: '补偿标准偏低，但部分诉求缺乏依据', givenOn: dates.hearingDate });
    await step(judge, opinions, { opinion: 'supports', reasoning: '依据土地管理法应足额补偿', givenOn: dates.hearingDate });
    await step(lawyer, opinions, { opinion: 'does_not_support', reasoning: '已超过协议约定期限', givenOn: dates.hearingDate });
    await step(chair, `/petitions/${id}/hearings/${hearingId}/conclusion`, {
      conclusion: 'partially_supports',
      findings: '补偿款发放不足属实',
      resolutionPlan: '镇政府限期补发差额',
      resolveBy: dates.resolveBy,
      concludedOn: dates.concludedOn,
    });
    return hearingId;
  }

  it('carries one petition from intake through hearing, mediation, opinion, closure, rating, review and final review to its conclusion', async () => {
    const registered = await step(clerk, '/petitions', freshPetition('2026-03-02'), 201);
    const id: string = registered.body.id;
    await step(clerk, `/petitions/${id}/acceptance`, { decision: 'accepted', handlingUnit: '某某镇人民政府', decidedAt: '2026-03-05' });

    const handlingHearing = await hold(id, { scheduledOn: '2026-03-10', hearingDate: '2026-03-17', concludedOn: '2026-03-18', resolveBy: '2026-04-15' });
    expect((await read(id, judge)).petition.hearings).toHaveLength(1);

    await step(clerk, `/petitions/${id}/mediation`, { mediator: '县人民调解委员会', startedOn: '2026-03-20' });
    await step(clerk, `/petitions/${id}/mediation/sessions`, {
      attendees: ['王某某', '镇政府代表'],
      summary: '双方就补偿差额协商',
      delayRequestedBy: 'unit',
      delayReason: '镇政府需核对账目',
      heldOn: '2026-03-25',
    });
    await step(clerk, `/petitions/${id}/mediation/failure`, { reason: '双方对差额金额分歧较大', failedOn: '2026-04-01' });
    await step(clerk, `/petitions/${id}/extension`, { days: 15, reason: '需补充调查', approver: '赵局长', extendedOn: '2026-04-10' });
    const opinion = { outcome: 'supported', request: '足额发放补偿款', facts: '补偿款仅发放一半', reasons: '补偿标准有明确规定', legalBasis: '《土地管理法》第四十八条', servedOn: '2026-04-20' };
    await step(clerk, `/petitions/${id}/opinion`, opinion);
    await step(clerk, `/petitions/${id}/closure`, { outcome: 'opinion_served', closedOn: '2026-04-22' });
    await step(clerk, `/petitions/${id}/rating`, { rating: 'basically_satisfied', ratedOn: '2026-04-25' });

    await step(clerk, `/petitions/${id}/review`, { requestedBy: '王某某', reasons: '补发金额计算有误', requestedOn: '2026-05-06' });
    await step(clerk, `/petitions/${id}/review/opinion`, { outcome: 'upheld', reasons: '原处理意见并无不当', reviewingOrgan: '县人民政府', servedOn: '2026-05-28' });
    await step(clerk, `/petitions/${id}/final-review`, { requestedBy: '王某某', reasons: '仍不服复查意见', requestedOn: '2026-06-10' });
    const finalReviewHearing = await hold(id, { scheduledOn: '2026-06-12', hearingDate: '2026-06-19', concludedOn: '2026-06-22', resolveBy: '2026-07-10' });
    const last = await step(clerk, `/petitions/${id}/final-review/opinion`, { outcome: 'changed', reasons: '差额计算应予更正', reviewingOrgan: '市信访局', servedOn: '2026-07-01' });
    expect(last.body).toMatchObject({ stage: 'concluded' });

    const view = await read(id);
    expect(view).toMatchObject({ stage: 'concluded', allowedNext: [], version: last.body.version });
    const { petition } = view;
    expect(petition.hearings).toHaveLength(2);
    expect(petition.hearings.map((hearing: { hearingId: string; stage: string; status: string }) => [hearing.hearingId, hearing.stage, hearing.status])).toEqual([
      [handlingHearing, 'accepted', 'concluded'],
      [finalReviewHearing, 'under_final_review', 'concluded'],
    ]);
    expect(petition.hearings[0]).toMatchObject({
      panel,
      attendees,
      scheduledOn: '2026-03-10',
      hearingDate: '2026-03-17',
      opinions: [
        { memberId: 'panel-chair', opinion: 'partially_supports', givenOn: '2026-03-17' },
        { memberId: 'panel-judge', opinion: 'supports', givenOn: '2026-03-17' },
        { memberId: 'panel-lawyer', opinion: 'does_not_support', givenOn: '2026-03-17' },
      ],
      conclusion: { conclusion: 'partially_supports', resolutionPlan: '镇政府限期补发差额', resolveBy: '2026-04-15', concludedOn: '2026-03-18', absentMemberIds: [] },
    });
    expect(petition.hearings[1].opinions.map((given: { memberId: string }) => given.memberId)).toEqual(['panel-chair', 'panel-judge', 'panel-lawyer']);
    expect(petition.mediations).toEqual([
      {
        status: 'failed',
        startedOn: '2026-03-20',
        mediator: '县人民调解委员会',
        sessions: [{ heldOn: '2026-03-25', attendees: ['王某某', '镇政府代表'], summary: '双方就补偿差额协商', delayRequestedBy: 'unit', delayReason: '镇政府需核对账目' }],
        failure: { failedOn: '2026-04-01', reason: '双方对差额金额分歧较大' },
      },
    ]);
    expect(petition.extension).toEqual({ extendedOn: '2026-04-10', days: 15, reason: '需补充调查', approver: '赵局长' });
    expect(petition.opinion).toEqual(opinion);
    expect(petition.closure).toEqual({ outcome: 'opinion_served', closedOn: '2026-04-22' });
    expect(petition.rating).toEqual({ rating: 'basically_satisfied', ratedOn: '2026-04-25' });
    expect(petition.review).toEqual({
      request: { requestedBy: '王某某', reasons: '补发金额计算有误', requestedOn: '2026-05-06' },
      opinion: { outcome: 'upheld', reasons: '原处理意见并无不当', reviewingOrgan: '县人民政府', servedOn: '2026-05-28' },
    });
    expect(petition.finalReview).toEqual({
      request: { requestedBy: '王某某', reasons: '仍不服复查意见', requestedOn: '2026-06-10' },
      opinion: { outcome: 'changed', reasons: '差额计算应予更正', reviewingOrgan: '市信访局', servedOn: '2026-07-01' },
    });

    const clerkActor = { id: 'clerk-1', name: '李科员', role: 'clerk' };
    const hearingSteps = (on: { scheduledOn: string; hearingDate: string; concludedOn: string }) => [
      ['HearingScheduled', on.scheduledOn, clerkActor],
      ['PanelOpinionRecorded', on.hearingDate, { id: 'panel-chair', name: '王主任', role: 'panel' }],
      ['PanelOpinionRecorded', on.hearingDate, { id: 'panel-judge', name: '张法官', role: 'panel' }],
      ['PanelOpinionRecorded', on.hearingDate, { id: 'panel-lawyer', name: '刘律师', role: 'panel' }],
      ['HearingConcluded', on.concludedOn, { id: 'panel-chair', name: '王主任', role: 'panel' }],
    ];
    expect(view.steps.map((recorded: { type: string; businessDate: string; actor: unknown }) => [recorded.type, recorded.businessDate, recorded.actor])).toEqual([
      ['PetitionRegistered', '2026-03-02', clerkActor],
      ['PetitionAccepted', '2026-03-05', clerkActor],
      ...hearingSteps({ scheduledOn: '2026-03-10', hearingDate: '2026-03-17', concludedOn: '2026-03-18' }),
      ['MediationStarted', '2026-03-20', clerkActor],
      ['MediationSessionHeld', '2026-03-25', clerkActor],
      ['MediationFailed', '2026-04-01', clerkActor],
      ['HandlingExtended', '2026-04-10', clerkActor],
      ['HandlingOpinionIssued', '2026-04-20', clerkActor],
      ['PetitionClosed', '2026-04-22', clerkActor],
      ['SatisfactionRated', '2026-04-25', clerkActor],
      ['ReviewRequested', '2026-05-06', clerkActor],
      ['ReviewOpinionIssued', '2026-05-28', clerkActor],
      ['FinalReviewRequested', '2026-06-10', clerkActor],
      ...hearingSteps({ scheduledOn: '2026-06-12', hearingDate: '2026-06-19', concludedOn: '2026-06-22' }),
      ['FinalReviewOpinionIssued', '2026-07-01', clerkActor],
    ]);
    expect(view.steps.every((recorded: { recordedAt: string }) => Date.parse(recorded.recordedAt) > Date.now() - 600_000)).toBe(true);

    const refused = await t.http.post(`/petitions/${id}/reclassification`).set('Authorization', `Bearer ${clerk}`).send({ category: 'law_litigation', reason: '终结后' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ stage: 'concluded', allowedNext: [] });
  });

  it('records a receiving unit’s objection to a forwarding, and a reclassification with what it replaced', async () => {
    const { body } = await step(clerk, '/petitions', freshPetition('2026-03-02'), 201);
    await step(clerk, `/petitions/${body.id}/acceptance`, { decision: 'forwarded', toUnit: '县住建局', decidedAt: '2026-03-03' });
    const objected = await step(clerk, `/petitions/${body.id}/objection`, { unit: '县住建局', reason: '不属于本单位职责', objectedAt: '2026-03-09' });
    expect(objected.body.stage).toBe('objected');
    await step(clerk, `/petitions/${body.id}/reclassification`, { category: 'labour_social_security', backlogKinds: ['long_standing'], reason: '实为欠薪纠纷', reclassifiedOn: '2026-03-10' });

    const view = await read(body.id);
    expect(view.stage).toBe('objected');
    expect(view.petition).toMatchObject({
      category: 'labour_social_security',
      backlogKinds: ['long_standing'],
      objections: [{ unit: '县住建局', reason: '不属于本单位职责', objectedAt: '2026-03-09', handover: { decision: 'forwarded', toUnit: '县住建局', decidedAt: '2026-03-03' } }],
      reclassifications: [
        { category: 'labour_social_security', backlogKinds: ['long_standing'], reason: '实为欠薪纠纷', reclassifiedOn: '2026-03-10', previous: { category: 'housing_construction', backlogKinds: [] } },
      ],
    });
  });

  it('adjourns, reschedules and cancels a hearing, and closes a case its mediation resolved', async () => {
    const { body } = await step(clerk, '/petitions', freshPetition('2026-09-01'), 201);
    const id: string = body.id;
    await step(clerk, `/petitions/${id}/acceptance`, { decision: 'accepted', handlingUnit: '县人社局', decidedAt: '2026-09-02', handlerId: 'handler-9' });

    const schedule = { scheduledOn: '2026-09-03', hearingDate: '2026-09-10', venue: '县信访局', panel, attendees: { petitioner: false, responsibleUnit: '县人社局' } };
    const scheduled = await t.http.post(`/petitions/${id}/hearings`).set('Authorization', `Bearer ${clerk}`).set('Idempotency-Key', 'hearing-0903').send(schedule);
    expect(scheduled.status).toBe(201);
    const hearingId: string = scheduled.body.hearingId;
    // The answer was lost after the event was stored: the retry names the same hearing and stores nothing.
    await t.sql.query(`DELETE FROM idempotency_keys WHERE key = 'hearing-0903'`);
    const before = await t.eventCount();
    const retried = await t.http.post(`/petitions/${id}/hearings`).set('Authorization', `Bearer ${clerk}`).set('Idempotency-Key', 'hearing-0903').send(schedule);
    expect(retried.status).toBe(201);
    expect(retried.body).toMatchObject({ hearingId, version: scheduled.body.version });
    expect(retried.headers.location).toBe(scheduled.headers.location);
    expect(await t.eventCount()).toBe(before);

    const hearing = `/petitions/${id}/hearings/${hearingId}`;
    const adjourned = await step(clerk, `${hearing}/adjournment`, { action: 'adjourn', reason: '信访人病假', adjournedOn: '2026-09-09' });
    expect(adjourned.body.stage).toBe('accepted');
    expect((await read(id)).allowedNext).toContain('reschedule_hearing');
    await step(clerk, `${hearing}/rescheduling`, { hearingDate: '2026-09-18', venue: '县人社局会议室', rescheduledOn: '2026-09-11' });
    await step(clerk, `${hearing}/adjournment`, { action: 'cancel', reason: '双方同意先行调解', cancelledOn: '2026-09-15' });

    await step(clerk, `/petitions/${id}/mediation`, { mediator: '县劳动争议调解中心', note: '先行调解', startedOn: '2026-09-16' });
    await step(clerk, `/petitions/${id}/mediation/sessions`, { attendees: ['王某某', '县人社局代表'], summary: '达成初步意向', heldOn: '2026-09-20' });
    const obligations = [{ party: '县人社局', obligation: '督促用人单位支付欠薪', dueOn: '2026-10-31' }];
    await step(clerk, `/petitions/${id}/mediation/agreement`, { terms: '用人单位分两期支付欠薪', obligations, agreedOn: '2026-09-25' });
    const closed = await step(clerk, `/petitions/${id}/closure`, { outcome: 'resolved_by_mediation', note: '调解结案', closedOn: '2026-09-28' });
    expect(closed.body.stage).toBe('closed');

    const { petition } = await read(id);
    expect(petition.acceptance).toMatchObject({ handlerId: 'handler-9' });
    expect(petition.hearings).toEqual([
      expect.objectContaining({
        hearingId,
        status: 'cancelled',
        hearingDate: '2026-09-18',
        venue: '县人社局会议室',
        adjournments: [{ adjournedOn: '2026-09-09', reason: '信访人病假', hearingDate: '2026-09-10', rescheduledOn: '2026-09-11' }],
        cancellation: { cancelledOn: '2026-09-15', reason: '双方同意先行调解' },
      }),
    ]);
    expect(petition.mediations[0]).toMatchObject({ status: 'agreed', note: '先行调解', agreement: { agreedOn: '2026-09-25', terms: '用人单位分两期支付欠薪', obligations } });
    expect(petition.closure).toEqual({ outcome: 'resolved_by_mediation', note: '调解结案', closedOn: '2026-09-28' });
  });
});

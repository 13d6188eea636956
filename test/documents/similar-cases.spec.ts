import { createPostgresEventStore } from '@xinfang/event-store-postgres';
import { READ_MODEL_SCHEMA } from '@xinfang/projection-engine';
import pg from 'pg';
import { caseGramsProjection } from '../../apps/api/src/similar-cases/case-grams.projection.js';
import { textGrams } from '../../apps/api/src/similar-cases/text-grams.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { caseDriver, type CaseDriver, OPINION } from './case-driver.js';

type SimilarCase = { petitionId: string; receiptNumber: string; outcome: Record<string, unknown>; similarity: Record<string, unknown> };

/** 类案推送: earlier like cases ranked by text, category and unit, with how each ended. */
describe('similar cases', () => {
  let t: TestApp;
  let cases: CaseDriver;
  let lastPosition: string;
  const ids: Record<string, string> = {};

  const petition = (receivedAt: string, subject: string, content: string, category: string, responsibleUnit: string) =>
    ({ receivedAt, subject, content, demands: '依法处理', category, responsibleUnit });

  beforeAll(async () => {
    t = await startTestApp();
    cases = await caseDriver(t);

    const alike = await cases.register(petition('2026-03-02', '征地补偿款未足额发放', '村里征地后，补偿款只发放了一半，剩余部分迟迟不发。', 'housing_construction', '某某镇人民政府'));
    await cases.step(`/petitions/${alike.id}/acceptance`, { decision: 'accepted', handlingUnit: '某某镇人民政府', decidedAt: '2026-03-05' });
    await cases.step(`/petitions/${alike.id}/opinion`, { ...OPINION, servedOn: '2026-03-20' });
    await cases.step(`/petitions/${alike.id}/closure`, { outcome: 'opinion_served', closedOn: '2026-03-23' });
    await cases.step(`/petitions/${alike.id}/rating`, { rating: 'satisfied', ratedOn: '2026-03-25' });
    ids.alike = alike.id;

    const mediated = await cases.register(petition('2026-03-03', '征地补偿款迟迟未发放', '征地以后补偿款一直没有发放到位。', 'housing_construction', '某某镇人民政府'));
    await cases.step(`/petitions/${mediated.id}/acceptance`, { decision: 'accepted', handlingUnit: '某某镇人民政府', decidedAt: '2026-03-05' });
    await cases.step(`/petitions/${mediated.id}/mediation`, { mediator: '县人民调解委员会', startedOn: '2026-03-06' });
    await cases.step(`/petitions/${mediated.id}/mediation/agreement`, { terms: '补发补偿款', obligations: [{ party: '某某镇人民政府', obligation: '补发补偿款', dueOn: '2026-04-01' }], agreedOn: '2026-03-10' });
    await cases.step(`/petitions/${mediated.id}/closure`, { outcome: 'resolved_by_mediation', closedOn: '2026-03-12' });
    ids.mediated = mediated.id;

    ids.otherUnit = (await cases.register(petition('2026-03-04', '征地补偿标准过低', '征地补偿款的标准明显低于周边乡镇。', 'housing_construction', '县自然资源局'))).id;
    ids.wages = (await cases.register(petition('2026-03-04', '拖欠农民工工资', '工地老板拖欠三个月工资不付。', 'labour_social_security', '县人社局'))).id;
    ids.sameUnitOtherMatter = (await cases.register(petition('2026-03-05', '土地承包经营权纠纷', '承包的责任田被他人占用耕种。', 'agriculture_rural', '某某镇人民政府'))).id;
    ids.target = (await cases.register(petition('2026-03-10', '征地补偿款未足额发放问题', '我村征地补偿款只发放了一半，剩余部分至今未发。', 'housing_construction', '某某镇人民政府'))).id;
    const later = await cases.register(petition('2026-03-20', '征地补偿款未足额发放', '村里征地后，补偿款只发放了一半。', 'housing_construction', '某某镇人民政府'));
    ids.later = later.id;
    lastPosition = later.position;
  });
  afterAll(async () => t.close());

  async function similarTo(id: string, query: Record<string, string> = {}, role: 'clerk' | 'admin' = 'clerk') {
    const token = role === 'clerk' ? cases.clerk : await t.token('admin');
    return t.http.get(`/petitions/${id}/similar`).query({ minPosition: lastPosition, ...query }).set('Authorization', `Bearer ${token}`);
  }

  it('ranks the alike earlier cases first, with how each ended, and leaves out unlike, later and the case itself', async () => {
    const response = await similarTo(ids.target!);
    expect(response.status).toBe(200);
    const items: SimilarCase[] = response.body.items;
    const ranked = items.map((item) => item.petitionId);
    expect(ranked.slice(0, 2)).toEqual([ids.alike, ids.mediated]);
    expect(ranked).toContain(ids.otherUnit);
    for (const absent of [ids.wages, ids.sameUnitOtherMatter, ids.later, ids.target]) expect(ranked).not.toContain(absent);

    expect(items[0]).toMatchObject({
      subject: '征地补偿款未足额发放',
      category: 'housing_construction',
      receivedOn: '2026-03-02',
      outcome: { stage: 'closed', closureOutcome: 'opinion_served', closedOn: '2026-03-23', opinionOutcome: 'supported', rating: 'satisfied', reviewOutcome: null },
      similarity: { sameCategory: true, sameUnit: true },
    });
    expect(items[1]!.outcome).toMatchObject({ stage: 'closed', closureOutcome: 'resolved_by_mediation', opinionOutcome: null, rating: null });
    const scores = items.map((item) => item.similarity.score as number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(items[0]!.similarity.score).toBeGreaterThan(0.6);
    expect(items.find((item) => item.petitionId === ids.otherUnit)!.similarity).toMatchObject({ sameCategory: true, sameUnit: false });
  });

  it('gives an empty list to the earliest case, and honours limit and minScore', async () => {
    expect((await similarTo(ids.alike!)).body).toEqual({ petitionId: ids.alike, items: [] });
    expect((await similarTo(ids.target!, { limit: '1' })).body.items.map((item: SimilarCase) => item.petitionId)).toEqual([ids.alike]);
    const strict = (await similarTo(ids.target!, { minScore: '0.99' })).body.items;
    expect(strict).toEqual([]);
    expect((await similarTo(ids.target!, { limit: '21' })).status).toBe(400);
  });

  it('lets clerks and administrators ask, not auditors or panel members; 404 for an unknown case', async () => {
    expect((await similarTo(ids.target!, {}, 'admin')).status).toBe(200);
    for (const role of ['auditor', 'panel'] as const) {
      const response = await t.http.get(`/petitions/${ids.target}/similar`).set('Authorization', `Bearer ${await t.token(role)}`);
      expect({ role, status: response.status }).toEqual({ role, status: 403 });
    }
    expect((await similarTo('7d3c5a8e-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('keeps each case’s grams once, from its registration, however often the log is replayed', async () => {
    const store = await createPostgresEventStore({ connectionString: t.database.url, migrate: false });
    const client = new pg.Client({ connectionString: t.database.url });
    await client.connect();
    try {
      const events = await store.readStream(`petition-${ids.alike}`);
      await caseGramsProjection().apply(events, client, READ_MODEL_SCHEMA);
      await caseGramsProjection().apply(events, client, READ_MODEL_SCHEMA);
      const { rows } = await client.query('SELECT subject_grams FROM read_model.case_grams WHERE petition_id = $1', [ids.alike]);
      expect(rows).toEqual([{ subject_grams: textGrams('征地补偿款未足额发放') }]);
    } finally {
      await client.end();
      await store.close();
    }
  });
});

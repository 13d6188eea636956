import type { EventStore } from '@xinfang/event-store';
import { type Projection, rebuildProjection, replayCheck } from '@xinfang/projection-engine';
import { EVENT_STORE } from '../../apps/api/src/event-store/event-store.token.js';
import { PROJECTIONS } from '../../apps/api/src/projections/projections.token.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { type DrivenStage, programmeDriver, type ProgrammeDriver } from './programme-driver.js';
import { categoryOf, countByHand, type JournalEntry, plus } from './sheyang-journal.js';

const CASES = 51;
const STAGES: DrivenStage[] = ['concluded', 'closed', 'accepted', 'registered'];
const REASONS = ['four_level', 'long_standing', 'repeat'];
const LEADERS = ['周副县长', '陈副县长', '吴部长'];
/** The case that rebounds: resolved on a written commitment, not signed off, petitions again a month later. */
const REBOUNDING = 1;
const AS_OF = ['2025-07-10', '2025-10-31', '2026-03-31'] as const;

/**
 * The Sheyang page (seed-legal-daily-page.txt): "经过梳理，共有51件四级访未化解事项、信访积案、重复访未化解事项等
 * 纳入'开庭'范畴，分为涉房涉建、劳动社保、农业农村、涉法涉诉4大类。目前已有多起信访积案通过'模拟法庭'实现'案结事了人和'".
 * 51 cases, registered in 2024 and taken to every stage from registration to a final review's
 * conclusion, enrolled from June 2025; the complex track heard by the mock court (with recusals),
 * the plans' tasks done or left overdue, follow-ups, resolutions, sign-offs and one rebound. The
 * ledger as of three dates must equal the journal the test kept, counted by hand.
 */
describe('the Sheyang programme of the page, reproduced', () => {
  let t: TestApp;
  let d: ProgrammeDriver;
  let programmeId: string;
  const journal: JournalEntry[] = [];
  const ids: string[] = [];

  async function recusalsOf(index: number, id: string, hearingId: string) {
    const path = `/petitions/${id}/hearings/${hearingId}/recusals`;
    const request = async (memberId: string) => (await d.post(path, { memberId, requestedBy: `申请人${index}`, grounds: '与对方当事人有利害关系', requestedOn: plus(journal[index]!.enrolledOn, 4) }, { status: 201 })).body.recusalId as string;
    const decide = (recusalId: string, outcome: string, token: string) => d.post(`${path}/${recusalId}/decision`, { outcome, reasons: '经审查', decidedOn: plus(journal[index]!.enrolledOn, 5) }, { token });
    if (index === 2) await decide(await request('panel-lawyer'), 'granted', d.members['panel-chair']!);
    if (index === 4) await decide(await request('panel-judge'), 'refused', d.members['panel-chair']!);
    if (index === 6) await decide(await request('panel-chair'), 'refused', d.clerk);
  }

  beforeAll(async () => {
    t = await startTestApp();
    d = await programmeDriver(t);
    ({ programmeId } = await d.openProgramme({
      name: '射阳县信访积案“模拟法庭”化解专项行动', periodFrom: '2025-06-01', periodTo: '2026-12-31', criteria: '四级访未化解事项、信访积案、重复访未化解事项', targets: { enrolled: 51 }, owner: '射阳县信访局（县委政法委）', openedOn: '2025-06-01',
    }));
    for (let index = 0; index < CASES; index++) {
      const receivedOn = plus('2024-01-08', 5 * index);
      const { id } = await d.register({ name: `申请人${index}`, phone: `1391000${String(index).padStart(4, '0')}` }, { category: categoryOf(index), receivedAt: receivedOn });
      await d.toStage(id, STAGES[index % STAGES.length]!, receivedOn);
      const entry: JournalEntry = {
        category: categoryOf(index), reason: REASONS[index % 3]!, track: index % 2 === 0 ? 'complex' : 'simple', owningLeader: LEADERS[Math.floor(index / 3) % 3]!,
        enrolledOn: plus('2025-06-02', 2 * index), tasks: [], resolutions: [], rebounds: [],
      };
      const { category: _category, heardOn: _heardOn, tasks: _tasks, resolutions: _resolutions, rebounds: _rebounds, ...enrolment } = entry;
      await d.enrol(programmeId, id, { ...enrolment, targetDate: plus(entry.enrolledOn, 120) });
      ids.push(id);
      journal.push(entry);
    }
    for (const [index, id] of ids.entries()) {
      const entry = journal[index]!;
      const E = (days: number) => plus(entry.enrolledOn, days);
      if (entry.track === 'complex') {
        if (index === 0) {
          const involved = { memberId: 'judge-trial', name: '钱法官', role: 'judge', noDirectInterest: true, priorInvolvement: '一审承办法官' };
          const before = await t.eventCount();
          await d.post(`/petitions/${id}/hearings`, { scheduledOn: E(3), hearingDate: E(10), venue: '模拟法庭', panel: [involved], attendees: { petitioner: true, responsibleUnit: '住建局' } }, { status: 422 });
          expect(await t.eventCount()).toBe(before);
        }
        const task = { task: '落实化解方案', ownerUnit: 'zjj', dueOn: E(40) };
        const { taskIds } = await d.hearing(id, { scheduledOn: E(3), hearingDate: E(10), concludedOn: E(11), resolveBy: E(80), planTasks: [task] }, (hearingId) => recusalsOf(index, id, hearingId));
        entry.heardOn = E(11);
        entry.tasks.push({ setOn: E(11), dueOn: task.dueOn });
        if (index % 10 !== 4) {
          await d.post(`/petitions/${id}/plan-tasks/${taskIds[0]}/completion`, { evidence: '已落实', completedOn: E(30) });
          entry.tasks[0]!.doneOn = E(30);
        }
      }
      const resolvedOn = entry.track === 'complex' ? E(45) : E(20);
      const resolves = entry.track === 'complex' ? index % 4 === 0 && entry.tasks[0]!.doneOn !== undefined : index % 3 !== 2;
      if (!resolves) {
        await d.post(`/petitions/${id}/follow-ups`, { visitedBy: entry.owningLeader, attitude: 'still_disputes', remaining: '补偿金额', visitedOn: E(15) });
        continue;
      }
      await d.post(`/petitions/${id}/follow-ups`, { visitedBy: entry.owningLeader, attitude: 'satisfied', visitedOn: plus(resolvedOn, -5) });
      const basis = entry.track === 'complex' ? 'plan_done' : 'written_commitment';
      await d.post(`/petitions/${id}/resolution`, { basis, evidence: basis === 'plan_done' ? '化解方案已全部落实' : '息诉罢访承诺书', resolvedOn });
      entry.resolutions.push(resolvedOn);
      if (index % 5 !== 1) {
        await d.post(`/petitions/${id}/sign-off`, { signedOffOn: plus(resolvedOn, 100) });
        entry.signedOffOn = plus(resolvedOn, 100);
      }
    }
    const rebounding = journal[REBOUNDING]!;
    const reboundOn = plus(rebounding.resolutions[0]!, 30);
    const later = await d.register({ name: `申请人${REBOUNDING}`, phone: `1391000${String(REBOUNDING).padStart(4, '0')}` }, { category: rebounding.category, receivedAt: reboundOn });
    await d.settle(later.position);
    rebounding.rebounds.push(reboundOn);
    const again = await d.post(`/petitions/${ids[REBOUNDING]}/resolution`, { basis: 'written_commitment', evidence: '重新签署息诉罢访承诺书', resolvedOn: '2026-01-10' });
    rebounding.resolutions.push('2026-01-10');
    await d.settle(again.body.position);
  }, 300_000);
  afterAll(async () => t.close());

  it.each(AS_OF)('answers the ledger as of %s as the journal counts it by hand', async (asOf) => {
    const ledger = await d.get(`/programmes/${programmeId}/ledger?asOf=${asOf}`);
    expect(ledger.totals).toEqual(countByHand(journal, asOf));
    for (const row of ledger.byCategory) expect(row).toEqual({ category: row.category, ...countByHand(journal.filter((entry) => entry.category === row.category), asOf) });
    for (const row of ledger.byOwningLeader) expect(row).toEqual({ owningLeader: row.owningLeader, ...countByHand(journal.filter((entry) => entry.owningLeader === row.owningLeader), asOf) });
    for (const cell of ledger.enrolled) {
      const counted = journal.filter((entry) => entry.category === cell.category && entry.reason === cell.reason && entry.track === cell.track && entry.enrolledOn <= asOf).length;
      expect({ ...cell, count: counted }).toEqual(cell);
    }
  });

  it("reproduces the page's figures: 51 matters, 20 涉房涉建, 12 劳动社保, 11 农业农村, 8 涉法涉诉, several resolved, one rebounded", async () => {
    const ledger = await d.get(`/programmes/${programmeId}/ledger?asOf=2026-03-31`);
    expect(ledger.totals.enrolled).toBe(51);
    expect(Object.fromEntries(ledger.byCategory.map((row: { category: string; enrolled: number }) => [row.category, row.enrolled]))).toEqual({
      housing_construction: 20, labour_social_security: 12, agriculture_rural: 11, law_litigation: 8,
    });
    expect(ledger.totals.resolved).toBeGreaterThan(1);
    expect(ledger.totals.rebounded).toBe(1);
    expect(ledger.totals.tasksOverdue).toBeGreaterThan(0);
    const stages = await Promise.all(ids.map(async (id) => (await d.get(`/petitions/${id}`)).stage));
    expect(new Set(stages)).toEqual(new Set(['registered', 'accepted', 'closed', 'concluded']));
  });

  it('rebuilds the ledger from the first event to the same rows, and the replay check finds no difference', async () => {
    const store = t.app.get<EventStore>(EVENT_STORE);
    const programmes = t.app.get<Projection[]>(PROJECTIONS).find((projection) => projection.name === 'programmes')!;
    const before = await d.get(`/programmes/${programmeId}/ledger?asOf=2026-03-31`);
    await rebuildProjection(t.sql, store, programmes);
    expect((await replayCheck(t.sql, store, programmes)).differences).toEqual([]);
    expect(await d.get(`/programmes/${programmeId}/ledger?asOf=2026-03-31`)).toEqual(before);
  });
});

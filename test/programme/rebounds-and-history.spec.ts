import { randomUUID } from 'node:crypto';
import type { EventStore } from '@xinfang/event-store';
import { createPostgresEventStore } from '@xinfang/event-store-postgres';
import type { Projection } from '@xinfang/projection-engine';
import { EVENT_STORE } from '../../apps/api/src/event-store/event-store.token.js';
import { uuidV5 } from '../../apps/api/src/http/deterministic-ids.js';
import { REACTORS } from '../../apps/api/src/projections/projections.token.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { programmeDriver, type ProgrammeDriver } from './programme-driver.js';

const ENROLMENT = { track: 'simple', reason: 'repeat', owningLeader: '陈副县长', enrolledOn: '2026-04-20', targetDate: '2026-09-30' };

describe('rebounds from the log, and agreements written before obligations had ids', () => {
  let t: TestApp;
  let d: ProgrammeDriver;
  let programmeId: string;

  beforeAll(async () => {
    t = await startTestApp();
    d = await programmeDriver(t);
    ({ programmeId } = await d.openProgramme({ name: '积案化解专项', periodFrom: '2026-01-01', periodTo: '2026-12-31', criteria: '重复访未化解', owner: '县信访局' }));
  });
  afterAll(async () => t.close());

  async function resolvedCase(petitioner: { name: string; phone: string }) {
    const { id } = await d.register(petitioner, { receivedAt: '2026-03-02' });
    await d.toStage(id, 'closed', '2026-03-02');
    await d.enrol(programmeId, id, ENROLMENT);
    await d.post(`/petitions/${id}/resolution`, { basis: 'written_commitment', evidence: '息诉罢访承诺书', resolvedOn: '2026-05-10' });
    return id;
  }
  const versionOf = async (id: string) => (await d.get(`/petitions/${id}`)).version as number;

  it('takes a petition that came in before the resolution for no rebound', async () => {
    const petitioner = { name: '赵某', phone: '13900006001' };
    const id = await resolvedCase(petitioner);
    const earlier = await d.register(petitioner, { receivedAt: '2026-05-09' });
    await d.settle(earlier.position);
    expect((await d.get(`/petitions/${id}`)).petition.enrolments[0].status).toBe('resolved');
  });

  it('records a rebound once, however often the reactor hears of the registration', async () => {
    const petitioner = { name: '钱某', phone: '13900006002' };
    const id = await resolvedCase(petitioner);
    const later = await d.register(petitioner, { receivedAt: '2026-06-01' });
    await d.settle(later.position);
    const version = await versionOf(id);
    const reactor = t.app.get<Projection[]>(REACTORS).find((projection) => projection.name === 'programme_rebounds')!;
    const registration = (await t.app.get<EventStore>(EVENT_STORE).readStream(`petition-${later.id}`)).filter((event) => event.type === 'PetitionRegistered');
    const client = await t.sql.connect();
    try {
      await reactor.apply(registration, client, 'read_model');
    } finally {
      client.release();
    }
    expect(await versionOf(id)).toBe(version);
    const rebounds = (await d.get(`/petitions/${id}`)).steps.filter((step: { type: string }) => step.type === 'ProgrammeCaseRebounded');
    expect(rebounds).toHaveLength(1);
  });

  it('gives the obligations of an agreement written without ids an id derived from its event, the same on every read, and takes their performance', async () => {
    const { id } = await d.register({ name: '孙某', phone: '13900006003' }, { receivedAt: '2026-03-02' });
    await d.toStage(id, 'accepted', '2026-03-02');
    await d.post(`/petitions/${id}/mediation`, { mediator: '县人民调解委员会', startedOn: '2026-03-10' });
    const store = await createPostgresEventStore({ connectionString: t.database.url, migrate: false });
    const eventId = randomUUID();
    const [last] = await store.readStream(`petition-${id}`, { direction: 'backwards', maxCount: 1 });
    await store.appendToStream(`petition-${id}`, [{
      id: eventId,
      type: 'MediationAgreed',
      data: { agreedOn: '2026-03-20', terms: '分期支付', obligations: [{ party: '住建局', obligation: '支付第一期', dueOn: '2026-04-30' }, { party: '申请人', obligation: '撤回诉讼', dueOn: '2026-04-15' }] },
      metadata: { actor: { id: 'clerk-0', name: '旧系统', role: 'clerk' }, recordedAt: '2026-03-20T09:00:00+08:00' },
    }], { expectedVersion: last!.version });
    await store.close();

    const obligationsOf = async () => (await d.get(`/petitions/${id}`)).petition.mediations[0].agreement.obligations.map((obligation: { obligationId: string }) => obligation.obligationId);
    const ids = [uuidV5(`${eventId}\nobligation\n0`), uuidV5(`${eventId}\nobligation\n1`)];
    expect(await obligationsOf()).toEqual(ids);
    expect(await obligationsOf()).toEqual(ids);
    await d.post(`/petitions/${id}/mediation/obligations/${ids[1]}/performance`, { outcome: 'breached', breachedOn: '2026-04-16' });
    expect((await d.get(`/petitions/${id}`)).petition.mediations[0].outcomes).toEqual([{ obligationId: ids[1], outcome: 'breached', outcomeOn: '2026-04-16' }]);
  });
});

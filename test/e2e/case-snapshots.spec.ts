import { jest } from '@jest/globals';
import type { EventStore, RecordedEvent } from '@xinfang/event-store';
import { decide, PETITION_STATE_SHAPE, type PetitionCommand, type PetitionState } from '@xinfang/petition';
import { randomUUID } from 'node:crypto';
import { CalendarService } from '../../apps/api/src/calendar/calendar.service.js';
import { CaseLoader } from '../../apps/api/src/event-codec/case-loader.js';
import { UnitDirectoryService } from '../../apps/api/src/units/unit-directory.service.js';
import { EVENT_STORE } from '../../apps/api/src/event-store/event-store.token.js';
import { CASE_SNAPSHOTS, type CaseSnapshots } from '../../apps/api/src/petitions/command-path/case-snapshots.port.js';
import { CurrentCaseLoader } from '../../apps/api/src/petitions/command-path/current-case.js';
import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

const EVERY = 20;
const CATEGORIES = ['housing_construction', 'agriculture_rural'] as const;

describe('case snapshots on the write side', () => {
  let t: TestApp;
  let clerk: string;
  let current: CurrentCaseLoader;
  let store: EventStore;
  /** Events of the case under test the event store handed out since the last `eventsRead()` (the read models' projections read streams too). */
  let read = 0;
  let watched = '';
  const eventsRead = (id?: string) => {
    if (id) watched = `petition-${id}`;
    const count = read;
    read = 0;
    return count;
  };

  beforeAll(async () => {
    t = await startTestApp({ snapshotEvery: EVERY });
    clerk = await t.token('clerk');
    current = t.app.get(CurrentCaseLoader);
    store = t.app.get<EventStore>(EVENT_STORE);
    const readStream = store.readStream.bind(store);
    // Counting only: the real store answers.
    jest.spyOn(store, 'readStream').mockImplementation(async (...args: Parameters<EventStore['readStream']>) => {
      const events: RecordedEvent[] = await readStream(...args);
      if (args[0] === watched) read += events.length;
      return events;
    });
  });
  afterAll(async () => t.close());

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  let versions = new Map<string, number>();
  let categories = new Map<string, string>();

  async function command(id: string, path: string, body: object, headers: Record<string, string> = {}) {
    const response = await t.http.post(`/petitions/${id}/${path}`).set(as(clerk)).set(headers).send(body);
    if (response.status === 200) versions.set(id, response.body.version);
    return response;
  }

  async function reclassify(id: string, headers: Record<string, string> = {}) {
    const category = categories.get(id) === CATEGORIES[0] ? CATEGORIES[1] : CATEGORIES[0];
    const response = await command(id, 'reclassification', { category, reason: '经核实，问题性质需重新归类。' }, headers);
    if (response.status === 200) categories.set(id, category);
    return response;
  }

  /** Registered, accepted, in mediation, then sessions taking turns with reclassifications up to `events`. */
  async function longCase(events: number): Promise<string> {
    const registered = await t.http.post('/petitions').set(as(clerk)).send(validPetition({ category: CATEGORIES[0] }));
    expect(registered.status).toBe(201);
    const id = registered.body.id as string;
    categories.set(id, CATEGORIES[0]);
    expect((await command(id, 'acceptance', { decision: 'accepted', handlingUnit: '某某镇人民政府' })).status).toBe(200);
    expect((await command(id, 'mediation', { mediator: '县人民调解委员会' })).status).toBe(200);
    while (versions.get(id)! < events) {
      const response = versions.get(id)! % 2 === 0 ? await reclassify(id) : await command(id, 'mediation/sessions', { attendees: ['信访人', '调解员'], summary: `第${versions.get(id)}次调解` });
      expect(response.status).toBe(200);
    }
    await current.settled();
    return id;
  }

  const snapshotRow = async (id: string) =>
    (await t.sql.query<{ version: number; shape: number; state: unknown }>('SELECT version, shape, state FROM case_snapshots WHERE petition_id = $1', [id])).rows[0];

  const fullFold = async (id: string): Promise<PetitionState> => (await t.app.get(CaseLoader).load(id)).state;

  /** GET /petitions/{id} folded from the first event: the snapshot set aside for the one read. */
  async function getFolded(id: string) {
    const kept = await t.sql.query('SELECT * FROM case_snapshots WHERE petition_id = $1', [id]);
    await t.sql.query('DELETE FROM case_snapshots WHERE petition_id = $1', [id]);
    const body = (await t.http.get(`/petitions/${id}`).set(as(clerk))).body;
    await current.settled();
    await t.sql.query('DELETE FROM case_snapshots WHERE petition_id = $1', [id]);
    const row = kept.rows[0];
    if (row) {
      await t.sql.query(
        `INSERT INTO case_snapshots (petition_id, version, shape, last_event_id, position, state, steps, subjects, keyed_event_ids, written_at)
         VALUES ($1, $2, $3, $4, $5, $6::json, $7::json, $8::uuid[], $9::text[], $10)`,
        [row.petition_id, row.version, row.shape, row.last_event_id, row.position, JSON.stringify(row.state), JSON.stringify(row.steps), row.subjects, row.keyed_event_ids, row.written_at],
      );
    }
    return body;
  }

  beforeEach(() => {
    versions = new Map(versions);
    categories = new Map(categories);
  });

  it('keeps a snapshot every SNAPSHOT_EVERY events and reads only the tail after it; GET and decisions equal a full fold', async () => {
    const id = await longCase(5 * EVERY + 7);
    const row = (await snapshotRow(id))!;
    // Written in the background after the command that reached 100 (or, when the next command came first, after that one).
    expect(row.shape).toBe(PETITION_STATE_SHAPE);
    expect(row.version).toBeGreaterThanOrEqual(5 * EVERY);
    expect(row.version).toBeLessThan(5 * EVERY + 7);
    const tail = 5 * EVERY + 7 - row.version;

    eventsRead(id);
    const fromSnapshot = await t.http.get(`/petitions/${id}`).set(as(clerk));
    expect(fromSnapshot.status).toBe(200);
    // The snapshot's last event and the few after it, not 107.
    expect(eventsRead()).toBe(1 + tail);
    expect(fromSnapshot.body.version).toBe(5 * EVERY + 7);
    expect(fromSnapshot.body.steps).toHaveLength(5 * EVERY + 7);
    const folded = await getFolded(id);
    expect(eventsRead()).toBe(5 * EVERY + 7);
    expect(fromSnapshot.body).toEqual(folded);
    expect(fromSnapshot.headers.etag).toBe(`"${folded.version}"`);

    // Decisions: the same commands decided on the snapshot's state and on the full fold.
    const loaded = await current.load(id);
    const whole = await fullFold(id);
    expect(loaded.snapshot?.version).toBe(row.version);
    expect(loaded.state).toEqual(whole);
    const context = { actor: { id: 'u-1', name: '李科员', role: 'clerk' }, now: new Date(), calendar: t.app.get(CalendarService).current(), units: await t.app.get(UnitDirectoryService).current() };
    const commands = [
      { type: 'Reclassify', data: { category: 'agriculture_rural', reason: '重新归类' } },
      { type: 'RecordMediationSession', data: { attendees: ['信访人'], summary: '再次调解' } },
      { type: 'RecordMediationSession', data: { attendees: ['信访人'], summary: '未来的调解', heldOn: '2099-01-01' } },
      { type: 'DecideAcceptance', data: { decision: 'accepted', handlingUnit: '某镇' } },
    ];
    for (const partial of commands) {
      const decided = (state: PetitionState) => {
        try {
          return decide({ ...partial, context } as unknown as PetitionCommand, state);
        } catch (error) {
          return { refused: error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error) };
        }
      };
      expect(decided(loaded.state)).toEqual(decided(whole));
    }
    expect(decide({ ...commands[0], context } as unknown as PetitionCommand, loaded.state)).toHaveLength(1);

    // A command reads the tail only and still appends where the stream ends.
    eventsRead(id);
    expect((await reclassify(id, { 'If-Match': `"${5 * EVERY + 7}"` })).status).toBe(200);
    expect(eventsRead()).toBe(1 + tail);
    expect(versions.get(id)).toBe(5 * EVERY + 8);
  });

  it('never folds on a snapshot of another shape: folds the whole stream and writes it again', async () => {
    const id = await longCase(2 * EVERY + 3);
    const whole = await fullFold(id);
    // An older shape, whose state would read wrongly today.
    await t.sql.query(`UPDATE case_snapshots SET shape = shape - 1, state = '{"status":"registered","bogus":true}' WHERE petition_id = $1`, [id]);
    eventsRead(id);
    const answer = await t.http.get(`/petitions/${id}`).set(as(clerk));
    expect(eventsRead()).toBe(2 * EVERY + 3);
    expect(answer.body.stage).toBe(whole.status);
    expect(answer.body.petition).not.toHaveProperty('bogus');
    expect((await current.load(id)).state).toEqual(whole);
    await current.settled();
    expect(await snapshotRow(id)).toMatchObject({ version: 2 * EVERY + 3, shape: PETITION_STATE_SHAPE });
    eventsRead(id);
    await t.http.get(`/petitions/${id}`).set(as(clerk));
    expect(eventsRead()).toBe(1);
  });

  it('ignores a snapshot whose stream does not hold its last event where it says (a stale or foreign one)', async () => {
    const id = await longCase(2 * EVERY + 3);
    const whole = await fullFold(id);
    const poisoned = `'{"status":"registered","bogus":true}'`;
    for (const change of [`last_event_id = '${randomUUID()}', state = ${poisoned}`, `version = 500, state = ${poisoned}`, `version = version - 3, state = ${poisoned}`]) {
      await t.sql.query(`UPDATE case_snapshots SET ${change} WHERE petition_id = $1`, [id]);
      const loaded = await current.load(id);
      expect(loaded.snapshot).toBeUndefined();
      expect(loaded.state).toEqual(whole);
      expect(loaded.version).toBe(2 * EVERY + 3);
      await current.settled();
      // Dropped and written again from the full fold.
      expect(await snapshotRow(id)).toMatchObject({ version: 2 * EVERY + 3, shape: PETITION_STATE_SHAPE });
      expect((await current.load(id)).snapshot?.version).toBe(2 * EVERY + 3);
    }
    const answer = await reclassify(id, { 'If-Match': `"${2 * EVERY + 3}"` });
    expect(answer.status).toBe(200);
  });

  it('still lets exactly one of concurrent If-Match writers through (412 for the rest) and retries unpinned ones on fresh state', async () => {
    const id = await longCase(EVERY + 5);
    expect((await current.load(id)).snapshot).toBeDefined();
    const version = versions.get(id)!;
    const pinned = await Promise.all(
      Array.from({ length: 6 }, () =>
        t.http.post(`/petitions/${id}/mediation/sessions`).set(as(clerk)).set('If-Match', `"${version}"`).send({ attendees: ['信访人'], summary: '并发' }),
      ),
    );
    expect(pinned.filter((response) => response.status === 200)).toHaveLength(1);
    expect(pinned.filter((response) => response.status === 412)).toHaveLength(5);
    const unpinned = await Promise.all(
      Array.from({ length: 3 }, () => t.http.post(`/petitions/${id}/mediation/sessions`).set(as(clerk)).send({ attendees: ['信访人'], summary: '并发，未指定版本' })),
    );
    const stored = unpinned.filter((response) => response.status === 200).length;
    for (const response of unpinned.filter((r) => r.status !== 200)) expect(response.status).toBe(409);
    expect(stored).toBeGreaterThanOrEqual(1);
    const { rows } = await t.sql.query('SELECT version FROM event_store.events WHERE stream_id = $1 ORDER BY version', [`petition-${id}`]);
    expect(rows.map((row) => Number(row.version))).toEqual(Array.from({ length: version + 1 + stored }, (_, index) => index));
    expect(new Set(unpinned.filter((r) => r.status === 200).map((r) => r.body.version)).size).toBe(stored);
  });

  it('recognises a retry whose events a snapshot already covers', async () => {
    const id = await longCase(3);
    const first = await command(id, 'mediation/sessions', { attendees: ['信访人'], summary: '留存' }, { 'Idempotency-Key': 'covered-retry' });
    expect(first.status).toBe(200);
    while (versions.get(id)! < 2 * EVERY) expect((await reclassify(id)).status).toBe(200);
    await current.settled();
    expect((await current.load(id)).snapshot?.version).toBeGreaterThan(first.body.version);
    // The answer was lost: only the events remain.
    await t.sql.query(`DELETE FROM idempotency_keys WHERE key = 'covered-retry'`);
    const before = await t.eventCount();
    const retry = await command(id, 'mediation/sessions', { attendees: ['信访人'], summary: '留存' }, { 'Idempotency-Key': 'covered-retry' });
    expect(retry.status).toBe(200);
    expect(retry.body.version).toBe(first.body.version);
    expect(await t.eventCount()).toBe(before);
  });

  it('never fails a command or a read when the snapshot store fails: the stream is folded whole', async () => {
    const id = await longCase(EVERY + 4);
    const whole = await fullFold(id);
    await t.sql.query('ALTER TABLE case_snapshots RENAME TO case_snapshots_away');
    try {
      eventsRead(id);
      const read = await t.http.get(`/petitions/${id}`).set(as(clerk));
      expect(read.status).toBe(200);
      expect(read.body.stage).toBe(whole.status);
      expect(eventsRead()).toBe(EVERY + 4);
      // Past SNAPSHOT_EVERY since the last snapshot: a write is due, and fails, in the background.
      for (let command = 0; command < EVERY; command++) expect((await reclassify(id, { 'If-Match': `"${versions.get(id)}"` })).status).toBe(200);
      await current.settled();
    } finally {
      await t.sql.query('ALTER TABLE case_snapshots_away RENAME TO case_snapshots');
    }
    expect(versions.get(id)).toBe(2 * EVERY + 4);
    expect((await current.load(id)).state).toEqual(await fullFold(id));
  });

  it('leaves auditors’ replay to the stream: a state at a version is folded from the first event, whatever the snapshot holds', async () => {
    const id = await longCase(EVERY + 4);
    const auditor = await t.token('auditor');
    const truth = await t.http.get(`/petitions/${id}/state?atVersion=${EVERY + 4}`).set(as(auditor));
    expect(truth.status).toBe(200);
    // A snapshot that lies but matches its stream (its version, last event and shape are right).
    await t.sql.query(`UPDATE case_snapshots SET state = json_build_object('status', 'registered', 'subject', '篡改') WHERE petition_id = $1`, [id]);
    eventsRead(id);
    const replayed = await t.http.get(`/petitions/${id}/state?atVersion=${EVERY + 4}`).set(as(auditor));
    expect(eventsRead()).toBe(EVERY + 4);
    expect(replayed.body.petition).toEqual(truth.body.petition);
    expect(replayed.body.stage).toBe(truth.body.stage);
    expect(replayed.body.petition.subject).not.toBe('篡改');
    await t.sql.query('DELETE FROM case_snapshots WHERE petition_id = $1', [id]);
  });

  it('erasure deletes the case’s snapshots, and no snapshot keeps an erased subject’s data', async () => {
    const id = await longCase(EVERY + 2);
    const idNumber = validPetition().petitioners as { idNumber: string }[];
    const plain = idNumber[0]!.idNumber;
    expect(JSON.stringify((await snapshotRow(id))!.state)).toContain(plain);
    // A write racing the erasure: folded while the key still opened the data.
    const racing = await current.load(id);
    const admin = await t.token('admin');
    const erased = await t.http.post(`/petitions/${id}/personal-data/erasure`).set(as(admin)).send({ legalBasis: '当事人依法申请删除' });
    expect(erased.status).toBe(200);
    expect(await snapshotRow(id)).toBeUndefined();
    const snapshots = t.app.get<CaseSnapshots>(CASE_SNAPSHOTS);
    const refused = await snapshots.save(id, {
      version: racing.version, shape: PETITION_STATE_SHAPE, lastEventId: racing.lastEventId!, position: racing.position!,
      state: racing.state, steps: current.steps({ ...racing, snapshot: undefined, tail: (await store.readStream(`petition-${id}`)).slice(0, racing.version) }),
      subjects: racing.subjects, keyedEventIds: [],
    });
    expect(refused).toBe(false);
    expect(await snapshotRow(id)).toBeUndefined();

    // Read and written on after the erasure: the snapshot holds the erased state only.
    while (versions.get(id)! < 2 * EVERY + 4) expect((await reclassify(id)).status).toBe(200);
    await current.settled();
    const row = await snapshotRow(id);
    expect(row).toBeDefined();
    expect(JSON.stringify(row!.state)).not.toContain(plain);
    expect(JSON.stringify(row!.state)).not.toContain('13800138000');
    const answer = await t.http.get(`/petitions/${id}`).set(as(admin));
    expect(answer.body.petition.petitioners[0]).toMatchObject({ erasedFields: ['idNumber', 'phone', 'address'] });
    expect(answer.body).toEqual(await getFolded(id));
  });
});

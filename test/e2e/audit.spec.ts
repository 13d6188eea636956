import { randomUUID } from 'node:crypto';
import { createPostgresEventStore } from '@xinfang/event-store-postgres';
import { startTestApp, type TestApp, validPetition } from '../support/test-app.js';

describe('auditors: history, past states, integrity, who looked, erasure', () => {
  let t: TestApp;
  let clerk: string;
  let auditor: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    clerk = await t.token('clerk', { sub: 'clerk-1', name: '李科员' });
    auditor = await t.token('auditor', { sub: 'auditor-1', name: '纪检王' });
    admin = await t.token('admin', { sub: 'admin-1' });
  });
  afterAll(async () => t.close());

  async function registeredAndAccepted(): Promise<string> {
    const { body } = await t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).send(validPetition());
    const accepted = await t.http.post(`/petitions/${body.id}/acceptance`).set('Authorization', `Bearer ${clerk}`).send({ decision: 'accepted', handlingUnit: '县人社局' });
    expect(accepted.status).toBe(200);
    return body.id;
  }

  it('lists every event with its actor, time, version, position and hash, page by page', async () => {
    const id = await registeredAndAccepted();
    const first = await t.http.get(`/petitions/${id}/history?limit=1`).set('Authorization', `Bearer ${auditor}`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ petitionId: id, total: 2, nextCursor: 'v1' });
    expect(first.body.events[0]).toMatchObject({
      version: 1,
      type: 'PetitionRegistered',
      actor: { id: 'clerk-1', name: '李科员', role: 'clerk' },
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      position: expect.stringMatching(/^\d+-\d+$/),
      schemaVersion: 2,
    });
    expect(first.body.events[0].data.petitioners[0]).toMatchObject({ name: '王某某', idNumber: '11010519491231002X', phone: '13800138000' });
    const second = await t.http.get(`/petitions/${id}/history?limit=1&cursor=v1`).set('Authorization', `Bearer ${auditor}`);
    expect(second.body).toMatchObject({ nextCursor: null, events: [{ version: 2, type: 'PetitionAccepted' }] });
  });

  it('keeps personal data sealed in the stored form, which is what the hashes cover', async () => {
    const id = await registeredAndAccepted();
    const stored = await t.http.get(`/petitions/${id}/history?form=stored`).set('Authorization', `Bearer ${auditor}`);
    const petitioner = stored.body.events[0].data.petitioners[0];
    expect(petitioner.name).toBe('王某某');
    expect(petitioner.idNumber).toMatchObject({ $sealed: 'aes-256-gcm', subject: expect.any(String) });
    const { rows } = await t.sql.query('SELECT data::text AS data FROM event_store.events WHERE stream_id = $1', [`petition-${id}`]);
    expect(rows[0].data).not.toContain('11010519491231002X');
    expect(rows[0].data).not.toContain('13800138000');
  });

  it('downloads the whole history as JSON Lines', async () => {
    const id = await registeredAndAccepted();
    const response = await t.http.get(`/petitions/${id}/history?format=jsonl`).set('Authorization', `Bearer ${auditor}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = response.text.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.type)).toEqual(['PetitionRegistered', 'PetitionAccepted']);
  });

  it('shows the case as it stood at a version and at an instant', async () => {
    const { body } = await t.http.post('/petitions').set('Authorization', `Bearer ${clerk}`).send(validPetition());
    await new Promise((resolve) => setTimeout(resolve, 50));
    const between = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await t.http.post(`/petitions/${body.id}/acceptance`).set('Authorization', `Bearer ${clerk}`).send({ decision: 'accepted', handlingUnit: '县人社局' });
    const atVersion = await t.http.get(`/petitions/${body.id}/state?atVersion=1`).set('Authorization', `Bearer ${auditor}`);
    expect(atVersion.status).toBe(200);
    expect(atVersion.body).toMatchObject({ version: 1, stage: 'registered' });
    const atInstant = await t.http.get(`/petitions/${body.id}/state`).query({ at: between }).set('Authorization', `Bearer ${auditor}`);
    expect(atInstant.body).toMatchObject({ version: 1, stage: 'registered', asOf: between });
    const now = await t.http.get(`/petitions/${body.id}/state?atVersion=2`).set('Authorization', `Bearer ${auditor}`);
    expect(now.body.stage).toBe('accepted');
    const before = await t.http.get(`/petitions/${body.id}/state`).query({ at: '2020-01-01T00:00:00+08:00' }).set('Authorization', `Bearer ${auditor}`);
    expect(before.status).toBe(404);
    const both = await t.http.get(`/petitions/${body.id}/state?atVersion=1&at=${encodeURIComponent(between)}`).set('Authorization', `Bearer ${auditor}`);
    expect(both.status).toBe(400);
  });

  it('refuses an instant without an offset, wherever it is written, rather than reading it in server time', async () => {
    const id = await registeredAndAccepted();
    for (const at of ['2026-12-06T10:00:00', '2026-12-06 10:00', '2026-12-06T10:00', '2026-12-06', '2026-12-06T10:00:00+0800', '2026-02-30T10:00:00+08:00', '2026-12-06T24:30:00Z']) {
      const response = await t.http.get(`/petitions/${id}/state`).query({ at }).set('Authorization', `Bearer ${auditor}`);
      expect({ at, status: response.status, field: response.body.errors?.[0]?.field }).toEqual({ at, status: 400, field: 'at' });
    }
    for (const at of ['2099-12-06T10:00:00Z', '2099-12-06T10:00:00.123+08:00', '2099-12-06T10:00+05:30']) {
      expect((await t.http.get(`/petitions/${id}/state`).query({ at }).set('Authorization', `Bearer ${auditor}`)).status).toBe(200);
    }
  });

  it('refuses a version past the case’s last with 422 naming the last, and records no read', async () => {
    const id = await registeredAndAccepted();
    const readsBefore = (await t.http.get('/audit/access-log').query({ petitionId: id }).set('Authorization', `Bearer ${auditor}`)).body.records.length;
    const response = await t.http.get(`/petitions/${id}/state?atVersion=3`).set('Authorization', `Bearer ${auditor}`);
    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ lastVersion: 2, detail: expect.stringContaining('2') });
    expect((await t.http.get('/audit/access-log').query({ petitionId: id }).set('Authorization', `Bearer ${auditor}`)).body.records.length).toBe(readsBefore);
    expect((await t.http.get(`/petitions/${id}/state?atVersion=2`).set('Authorization', `Bearer ${auditor}`)).body).toMatchObject({ version: 2, stage: 'accepted' });
  });

  it('verifies an untouched chain, then names the exact event someone edited in the database', async () => {
    const id = await registeredAndAccepted();
    const intact = await t.http.get(`/petitions/${id}/verify`).set('Authorization', `Bearer ${auditor}`);
    expect(intact.body).toEqual({ petitionId: id, intact: true, eventsChecked: 2, contents: { checked: 0, erased: 0, altered: [] } });

    await expect(t.sql.query(`UPDATE event_store.events SET data = data || '{"handlingUnit":"别的单位"}' WHERE stream_id = $1 AND version = 1`, [`petition-${id}`])).rejects.toThrow();
    const client = await t.sql.connect();
    try {
      await client.query('BEGIN');
      await client.query('ALTER TABLE event_store.events DISABLE TRIGGER USER');
      await client.query(`UPDATE event_store.events SET data = data || '{"handlingUnit":"别的单位"}' WHERE stream_id = $1 AND version = 1`, [`petition-${id}`]);
      await client.query('ALTER TABLE event_store.events ENABLE TRIGGER USER');
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    const tampered = await t.http.get(`/petitions/${id}/verify`).set('Authorization', `Bearer ${auditor}`);
    const { rows } = await t.sql.query('SELECT event_id::text FROM event_store.events WHERE stream_id = $1 AND version = 1', [`petition-${id}`]);
    expect(tampered.body).toMatchObject({ intact: false, eventsChecked: 2, firstMismatch: { version: 2, eventId: rows[0].event_id } });
  });

  it('records who read which case, in a log nobody can edit', async () => {
    const id = await registeredAndAccepted();
    await t.http.get(`/petitions/${id}/history`).set('Authorization', `Bearer ${auditor}`);
    await t.http.get(`/petitions/${id}/state?atVersion=1`).set('Authorization', `Bearer ${auditor}`);
    const log = await t.http.get(`/audit/access-log?petitionId=${id}`).set('Authorization', `Bearer ${auditor}`);
    expect(log.status).toBe(200);
    expect(log.body.records.map((record: { what: string }) => record.what)).toEqual(['state', 'history']);
    expect(log.body.records[0]).toMatchObject({ actor: { id: 'auditor-1', name: '纪检王', role: 'auditor' }, petitionId: id });
    await expect(t.sql.query('UPDATE audit_access_log SET actor_id = $1', ['someone-else'])).rejects.toThrow(/append-only/);
    await expect(t.sql.query('DELETE FROM audit_access_log')).rejects.toThrow(/append-only/);
    expect((await t.http.get(`/audit/access-log`).set('Authorization', `Bearer ${clerk}`)).status).toBe(403);
  });

  it('erases personal data for good while history, replay and verification still work', async () => {
    const id = await registeredAndAccepted();
    const refused = await t.http.post(`/petitions/${id}/personal-data/erasure`).set('Authorization', `Bearer ${clerk}`).send({ legalBasis: '申请删除' });
    expect(refused.status).toBe(403);
    const erased = await t.http.post(`/petitions/${id}/personal-data/erasure`).set('Authorization', `Bearer ${admin}`).send({ legalBasis: '当事人依法申请删除' });
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ subjects: 1, newlyErased: 1, version: 3 });

    const read = await t.http.get(`/petitions/${id}`).set('Authorization', `Bearer ${clerk}`);
    expect(read.body.petition.petitioners[0]).toEqual({ name: '王某某', erasedFields: ['idNumber', 'phone', 'address'] });
    const history = await t.http.get(`/petitions/${id}/history`).set('Authorization', `Bearer ${auditor}`);
    expect(JSON.stringify(history.body)).not.toContain('13800138000');
    expect(history.body.events[2]).toMatchObject({ type: 'PersonalDataErased', actor: { id: 'admin-1' } });
    expect((await t.http.get(`/petitions/${id}/state?atVersion=2`).set('Authorization', `Bearer ${auditor}`)).body.stage).toBe('accepted');
    expect((await t.http.get(`/petitions/${id}/verify`).set('Authorization', `Bearer ${auditor}`)).body).toMatchObject({ intact: true, eventsChecked: 3 });
  });

  it('replays events written in older shapes: plain-text personal data, an acceptance without its handler', async () => {
    const store = await createPostgresEventStore({ connectionString: t.database.url, migrate: false });
    const id = randomUUID();
    const legacy = { ...validPetition(), receivedAt: '2026-03-02', petitionId: id, receiptNumber: 'XF20260302-LEGACY01', backlogKinds: [] };
    const oldClerk = { id: 'clerk-0', name: '旧系统', role: 'clerk' };
    await store.appendToStream(`petition-${id}`, [
      { id: randomUUID(), type: 'PetitionRegistered', data: legacy, metadata: { actor: oldClerk, recordedAt: '2026-03-02T09:00:00+08:00' } },
      { id: randomUUID(), type: 'PetitionAccepted', data: { decidedAt: '2026-03-05', handlingUnit: '县人社局' }, metadata: { actor: oldClerk, recordedAt: '2026-03-05T09:00:00+08:00' } },
    ], { expectedVersion: 'no_stream' });
    await store.close();

    const read = await t.http.get(`/petitions/${id}`).set('Authorization', `Bearer ${clerk}`);
    expect(read.status).toBe(200);
    expect(read.body.petition).toMatchObject({ receiptNumber: 'XF20260302-LEGACY01', petitioners: [{ name: '王某某', idNumber: '11010519491231002X' }] });
    expect(read.body.petition.acceptance).toMatchObject({ handlingUnit: '县人社局', handlerId: 'clerk-0' });

    // The upcast handler is enforced: the clerk who accepted may not chair the case's hearing.
    const panel = [
      { memberId: 'clerk-0', name: '旧系统', role: 'chair' },
      { memberId: 'judge-1', name: '审判员', role: 'judge' },
      { memberId: 'lawyer-1', name: '律师', role: 'lawyer' },
    ];
    const hearing = { scheduledOn: '2026-03-10', hearingDate: '2026-03-12', venue: '县信访局模拟法庭', panel, attendees: { petitioner: true, responsibleUnit: '县人社局' } };
    const recused = await t.http.post(`/petitions/${id}/hearings`).set('Authorization', `Bearer ${clerk}`).send(hearing);
    expect(recused.status).toBe(422);
    expect(JSON.stringify(recused.body.errors)).toContain('panel');
    const scheduled = await t.http.post(`/petitions/${id}/hearings`).set('Authorization', `Bearer ${clerk}`).send({ ...hearing, panel: [{ ...panel[0]!, memberId: 'chair-2' }, panel[1], panel[2]] });
    expect(scheduled.status).toBe(201);

    const history = await t.http.get(`/petitions/${id}/history`).set('Authorization', `Bearer ${auditor}`);
    expect(history.body.events.map((event: { schemaVersion: number }) => event.schemaVersion)).toEqual([1, 1, 1]);
    expect(history.body.events[1].data).toMatchObject({ handlerId: 'clerk-0' });
  });

  it('never lets an auditor write', async () => {
    const id = await registeredAndAccepted();
    const writes: [string, unknown][] = [
      ['/petitions', validPetition()],
      ['/petitions/batch', { items: [validPetition()] }],
      [`/petitions/${id}/acceptance`, { decision: 'accepted', handlingUnit: 'x' }],
      [`/petitions/${id}/personal-data/erasure`, { legalBasis: 'x' }],
    ];
    const before = await t.eventCount();
    for (const [path, body] of writes) expect((await t.http.post(path).set('Authorization', `Bearer ${auditor}`).send(body as object)).status).toBe(403);
    expect((await t.http.put('/calendar/overrides/2027-01-01').set('Authorization', `Bearer ${auditor}`).send({ kind: 'rest_day' })).status).toBe(403);
    expect(await t.eventCount()).toBe(before);
  });
});

import type { EventStore, NewEvent } from '@xinfang/event-store';
import { createPostgresEventStore } from '@xinfang/event-store-postgres';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { verifyAllStreams } from '../../apps/api/src/cli/verify-streams.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const event = (n: number): NewEvent => ({ id: randomUUID(), type: 'Happened', data: { n, text: '信访' }, metadata: { actor: { id: 'u', name: 'U', role: 'clerk' }, recordedAt: '2026-11-29T10:00:00+08:00' } });

describe('verifying every stream', () => {
  let db: TestDatabase;
  let store: EventStore;
  beforeAll(async () => {
    db = await createTestDatabase();
    store = await createPostgresEventStore({ connectionString: db.url });
    for (let stream = 0; stream < 5; stream++) {
      for (let n = 0; n < 4; n++) await store.appendToStream(`case-${stream}`, [event(n)]);
    }
  });
  afterAll(async () => {
    await store.close();
    await db.drop();
  });

  it('finds every chain intact on an untouched store', async () => {
    const progress: number[] = [];
    expect(await verifyAllStreams(store, (events) => progress.push(events), 7)).toEqual({ streams: 5, events: 20, broken: [] });
    expect(progress).toEqual([7, 14, 20]);
  });

  it('names the first edited event of the edited stream only', async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query('BEGIN');
    await client.query('ALTER TABLE event_store.events DISABLE TRIGGER USER');
    const { rows } = await client.query(`UPDATE event_store.events SET data = '{"n": 99}' WHERE stream_id = 'case-3' AND version = 2 RETURNING event_id::text`);
    await client.query('ALTER TABLE event_store.events ENABLE TRIGGER USER');
    await client.query('COMMIT');
    await client.end();
    const result = await verifyAllStreams(store);
    expect(result.broken).toEqual([{ streamId: 'case-3', version: 2n, eventId: rows[0].event_id, reason: expect.stringContaining('hash') }]);
  });
});

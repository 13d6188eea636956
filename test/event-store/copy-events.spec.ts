import pg from 'pg';
import { DuplicateEventIdError, WrongExpectedVersionError, type EventStore, type RecordedEvent } from '@xinfang/event-store';
import { KurrentDbEventStore } from '@xinfang/event-store-kurrentdb';
import { createPostgresEventStore, type PostgresEventStore } from '@xinfang/event-store-postgres';
import { copyEvents, formatCopyReport, verifyCopy } from '../../apps/api/src/cli/copy-events.service.js';
import { UsageError } from '../../apps/api/src/cli/command-line.js';
import { parseCopyCommand } from '../../apps/api/src/cli/copy-events.js';
import { InMemoryKurrentDbClient } from '../../libs/event-store-kurrentdb/src/testing/in-memory-kurrentdb-client.js';
import { newStreamId, sampleEvent, sampleEvents } from '../../libs/event-store/src/testing/contract-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('copy-events', () => {
  const databases: TestDatabase[] = [];
  const stores: EventStore[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
    await Promise.all(databases.splice(0).map((database) => database.drop()));
  });

  async function postgresStore(): Promise<{ store: PostgresEventStore; url: string }> {
    const database = await createTestDatabase();
    databases.push(database);
    const store = await createPostgresEventStore({ connectionString: database.url });
    stores.push(store);
    return { store, url: database.url };
  }

  /** Three streams written in interleaved batches, one of them with Chinese text. */
  async function writeSample(store: EventStore): Promise<string[]> {
    const [a, b, c] = [newStreamId('petition'), newStreamId('petition'), newStreamId('petition')];
    await store.appendToStream(a, sampleEvents(2), { expectedVersion: 'no_stream' });
    await store.appendToStream(b, [sampleEvent({ data: { 标题: '路灯坏了', 诉求人: { 姓名: '张伟' } } })]);
    await store.appendToStream(a, sampleEvents(1), { expectedVersion: 1n });
    await store.appendToStream(c, sampleEvents(3));
    await store.appendToStream(b, sampleEvents(2), { expectedVersion: 0n });
    return [a, b, c];
  }

  it('copies every stream in global order, with ids, versions and hashes, and verifies it', async () => {
    const source = (await postgresStore()).store;
    const target = (await postgresStore()).store;
    const streams = await writeSample(source);

    const summary = await copyEvents(source, target, { pageSize: 3 });
    expect(summary).toEqual({ streams: 3, eventsRead: 9, eventsAppended: 9, eventsAlreadyPresent: 0 });
    expect(identities(await target.readAll(null, 100))).toEqual(identities(await source.readAll(null, 100)));
    for (const streamId of streams) expect(identities(await target.readStream(streamId))).toEqual(identities(await source.readStream(streamId)));

    const verification = await verifyCopy(source, target);
    expect(verification).toEqual({ intact: true, streamsCompared: 3, eventsCompared: 9, problems: [] });
    expect(formatCopyReport(summary, verification)).toMatch(/^Copied 3 streams: 9 events read, 9 appended, 0 already in the target\.\nVerified:/);
  });

  it('copies nothing twice when run again, and only what is new after the source moved on', async () => {
    const source = (await postgresStore()).store;
    const target = (await postgresStore()).store;
    const [a] = await writeSample(source);
    await copyEvents(source, target);

    expect(await copyEvents(source, target, { pageSize: 4 })).toEqual({ streams: 3, eventsRead: 9, eventsAppended: 0, eventsAlreadyPresent: 9 });
    expect(await target.readAll(null, 100)).toHaveLength(9);

    await source.appendToStream(a!, sampleEvents(2), { expectedVersion: 2n });
    expect(await copyEvents(source, target)).toMatchObject({ eventsAppended: 2, eventsAlreadyPresent: 9 });
    expect(await verifyCopy(source, target)).toMatchObject({ intact: true, eventsCompared: 11 });
  });

  it('stops when the target holds other events at a copied place', async () => {
    const source = (await postgresStore()).store;
    const target = (await postgresStore()).store;
    const [a] = await writeSample(source);
    const [other] = sampleEvents(1);
    await target.appendToStream(a!, [other!]);
    await expect(copyEvents(source, target)).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect((await target.readStream(a!)).map((event) => event.id)).toEqual([other!.id]);
    expect((await verifyCopy(source, target)).problems).toContainEqual(expect.stringMatching(/^event 1 of the log differs: source .* target /));
  });

  it('finds an event edited in the target, though its stored hash was left alone', async () => {
    const source = (await postgresStore()).store;
    const { store: target, url } = await postgresStore();
    const [, b] = await writeSample(source);
    await copyEvents(source, target);
    const [, edited] = await target.readStream(b!);

    const pool = new pg.Pool({ connectionString: url, max: 1 });
    try {
      await pool.query('ALTER TABLE event_store.events DISABLE TRIGGER events_refuse_update_delete');
      await pool.query(`UPDATE event_store.events SET data = '{"index": 99}' WHERE event_id = $1`, [edited!.id]);
    } finally {
      await pool.end();
    }

    const verification = await verifyCopy(source, target);
    expect(verification.intact).toBe(false);
    expect(verification.problems).toEqual([`target stream ${b}: the hash chain breaks at version 1 (event ${edited!.id})`]);
    expect(formatCopyReport({ streams: 3, eventsRead: 9, eventsAppended: 0, eventsAlreadyPresent: 9 }, verification)).toMatch(/Verification FAILED/);
  });

  it('reports streams missing from the target, or only in it', async () => {
    const source = (await postgresStore()).store;
    const target = (await postgresStore()).store;
    const [a] = await writeSample(source);
    const stray = newStreamId('petition');
    await target.appendToStream(stray, sampleEvents(1));
    const verification = await verifyCopy(source, target);
    expect(verification.problems).toEqual(expect.arrayContaining([`stream ${a} is missing from the target`, `stream ${stray} is in the target only`]));
  });

  it('goes through the KurrentDB adapter and back with the same hashes (adapter on the in-memory client stand-in)', async () => {
    const source = (await postgresStore()).store;
    const back = (await postgresStore()).store;
    const kurrent = new KurrentDbEventStore(new InMemoryKurrentDbClient(), { streamPrefixes: ['petition-'] });
    stores.push(kurrent);
    await writeSample(source);

    await copyEvents(source, kurrent);
    expect(await verifyCopy(source, kurrent)).toMatchObject({ intact: true, eventsCompared: 9 });
    await copyEvents(kurrent, back);
    expect(await verifyCopy(kurrent, back)).toMatchObject({ intact: true, eventsCompared: 9 });
    expect(identities(await back.readAll(null, 100))).toEqual(identities(await source.readAll(null, 100)));
    await expect(copyEvents(source, kurrent)).resolves.toMatchObject({ eventsAppended: 0, eventsAlreadyPresent: 9 });
  });

  it('is refused an id the target already uses for another event', async () => {
    const source = (await postgresStore()).store;
    const target = (await postgresStore()).store;
    const event = sampleEvent();
    await source.appendToStream(newStreamId('petition'), [event]);
    await target.appendToStream(newStreamId('petition'), [event]);
    await expect(copyEvents(source, target)).rejects.toBeInstanceOf(DuplicateEventIdError);
  });
});

describe('copy-events command line', () => {
  const env = { DATABASE_URL: 'postgres://db/xinfang', EVENTSTORE_CONNECTION_STRING: 'kurrentdb://kdb:2113?tls=false' };

  it('takes each store URL from its option or from the environment', () => {
    expect(parseCopyCommand(['--from', 'postgres', '--to', 'kurrentdb', '--page-size', '200'], env)).toEqual({
      from: { kind: 'postgres', url: env.DATABASE_URL },
      to: { kind: 'kurrentdb', url: env.EVENTSTORE_CONNECTION_STRING },
      pageSize: 200,
    });
    expect(parseCopyCommand(['--from', 'postgres', '--from-url', 'postgres://old/x', '--to', 'postgres', '--stream-prefix', 'petition-'], env)).toMatchObject({
      from: { url: 'postgres://old/x' },
      to: { url: env.DATABASE_URL },
      streamPrefix: 'petition-',
    });
  });

  it.each([
    [['--from', 'postgres', '--to', 'postgres'], /same store/],
    [['--from', 'mysql', '--to', 'kurrentdb'], /--from must be one of postgres, kurrentdb/],
    [['--from', 'kurrentdb', '--to', 'postgres', '--to-url'], /--to-url/],
    [['--from', 'postgres', '--to', 'kurrentdb', '--form-url', 'postgres://x/y'], /--form-url/],
    [['--from', 'postgres', '--to', 'kurrentdb', '--page-size', '0'], /--page-size/],
  ])('refuses %j', (args, message) => {
    expect(() => parseCopyCommand(args, env)).toThrow(UsageError);
    expect(() => parseCopyCommand(args, env)).toThrow(message);
  });

  it('needs a URL for a store the environment does not name', () => {
    expect(() => parseCopyCommand(['--from', 'postgres', '--to', 'kurrentdb'], { DATABASE_URL: 'postgres://db/x' })).toThrow(/EVENTSTORE_CONNECTION_STRING/);
  });
});

function identities(events: readonly RecordedEvent[]): string[] {
  return events.map((event) => `${event.streamId}@${event.version} ${event.id} ${event.hash}`);
}

import { DuplicateEventIdError, WrongExpectedVersionError } from '../errors.js';
import type { ExpectedVersion, NewEvent } from '../event-store.port.js';
import { caughtUp, newStreamId, range, readAllWithPrefix, sampleEvent, sampleEvents, versionsOf, type StoreAccess } from './contract-fixtures.js';

export function describeIdempotentAppends(store: StoreAccess): void {
  /** A stream holding one event, then `batch` at versions 1 and 2, then one more event. */
  async function streamWithBatch(): Promise<{ streamId: string; batch: NewEvent[]; original: { nextExpectedVersion: bigint } }> {
    const streamId = newStreamId('retry');
    const batch = sampleEvents(2);
    await store().appendToStream(streamId, sampleEvents(1), { expectedVersion: 'no_stream' });
    const original = await store().appendToStream(streamId, batch, { expectedVersion: 0n });
    const last = await store().appendToStream(streamId, sampleEvents(1), { expectedVersion: 2n });
    await caughtUp(store(), last.position);
    return { streamId, batch, original };
  }

  describe('idempotent appends', () => {
    it('a retry of a new stream returns the first result and stores nothing twice', async () => {
      const streamId = newStreamId('retry');
      const batch = sampleEvents(3);
      const first = await store().appendToStream(streamId, batch, { expectedVersion: 'no_stream' });
      await caughtUp(store(), first.position);

      expect(await store().appendToStream(streamId, batch, { expectedVersion: 'no_stream' })).toEqual(first);
      expect(await versionsOf(store(), streamId)).toEqual(range(0, 3));
      expect(await readAllWithPrefix(store(), streamId, first.position)).toEqual([]);
    });

    it.each<[string, ExpectedVersion]>([
      ['any', 'any'],
      ['stream_exists', 'stream_exists'],
      ['the exact version it was appended at', 0n],
    ])('a retry with %s returns the first result after the stream moved on', async (_, expectedVersion) => {
      const { streamId, batch, original } = await streamWithBatch();
      expect(await store().appendToStream(streamId, batch, { expectedVersion })).toEqual(original);
      expect(await versionsOf(store(), streamId)).toEqual(range(0, 4));
    });

    it('a retry of the start of a batch returns the result for that part', async () => {
      const { streamId, batch } = await streamWithBatch();
      const retry = await store().appendToStream(streamId, batch.slice(0, 1), { expectedVersion: 0n });
      expect(retry.nextExpectedVersion).toBe(1n);
      expect(await versionsOf(store(), streamId)).toEqual(range(0, 4));
    });

    it.each<[string, ExpectedVersion, bigint]>([
      ['an exact version before where it was appended', 2n, 3n],
      ['the exact version the stream has now', 3n, 3n],
      ['no_stream', 'no_stream', 3n],
    ])('a retry with %s is refused', async (_, expectedVersion, actual) => {
      const { streamId, batch } = await streamWithBatch();
      const retry = store().appendToStream(streamId, batch, { expectedVersion });
      await expect(retry).rejects.toBeInstanceOf(WrongExpectedVersionError);
      await expect(retry).rejects.toMatchObject({ actual });
      expect(await versionsOf(store(), streamId)).toEqual(range(0, 4));
    });

    it('refuses ids already used in another stream', async () => {
      const { batch } = await streamWithBatch();
      const elsewhere = newStreamId('retry');
      await expect(store().appendToStream(elsewhere, batch)).rejects.toBeInstanceOf(DuplicateEventIdError);
      const refusal = await store().appendToStream(elsewhere, batch, { expectedVersion: 'no_stream' }).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(DuplicateEventIdError);
      const named = (refusal as DuplicateEventIdError).eventIds;
      expect(named.length).toBeGreaterThan(0);
      expect(batch.map((event) => event.id)).toEqual(expect.arrayContaining([...named]));
      expect(await versionsOf(store(), elsewhere)).toEqual([]);
    });

    it('refuses a batch that only partly repeats earlier events, or repeats them out of order', async () => {
      const { streamId, batch } = await streamWithBatch();
      const [first, second] = batch as [NewEvent, NewEvent];
      for (const events of [[first, sampleEvent()], [sampleEvent(), second], [second, first]]) {
        await expect(store().appendToStream(streamId, events)).rejects.toBeInstanceOf(DuplicateEventIdError);
      }
      expect(await versionsOf(store(), streamId)).toEqual(range(0, 4));
    });
  });
}

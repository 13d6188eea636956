import { WrongExpectedVersionError } from '../errors.js';
import type { ExpectedVersion } from '../event-store.port.js';
import { caughtUp, newStreamId, range, readAllWithPrefix, sampleEvents, versionsOf, type StoreAccess } from './contract-fixtures.js';

export function describeExpectedVersions(store: StoreAccess): void {
  async function streamAt(version: number): Promise<string> {
    const streamId = newStreamId('expected');
    const result = await store().appendToStream(streamId, sampleEvents(version + 1), { expectedVersion: 'no_stream' });
    await caughtUp(store(), result.position);
    return streamId;
  }

  async function expectRefused(streamId: string, expectedVersion: ExpectedVersion, actual: bigint | null): Promise<void> {
    const before = await versionsOf(store(), streamId);
    const head = await store().headPosition();
    const refusal = store().appendToStream(streamId, sampleEvents(2), { expectedVersion });
    await expect(refusal).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await expect(refusal).rejects.toMatchObject({ streamId, expected: expectedVersion, actual });
    expect(await versionsOf(store(), streamId)).toEqual(before);
    expect(await readAllWithPrefix(store(), streamId, head)).toEqual([]);
  }

  describe('expected version', () => {
    it('any: creates a stream and extends it, and is the default', async () => {
      const streamId = newStreamId('expected');
      expect((await store().appendToStream(streamId, sampleEvents(2), { expectedVersion: 'any' })).nextExpectedVersion).toBe(1n);
      expect((await store().appendToStream(streamId, sampleEvents(1), { expectedVersion: 'any' })).nextExpectedVersion).toBe(2n);
      expect((await store().appendToStream(streamId, sampleEvents(1))).nextExpectedVersion).toBe(3n);
      expect(await versionsOf(store(), streamId)).toEqual(range(0, 4));
    });

    it('no_stream: creates a stream', async () => {
      const streamId = newStreamId('expected');
      expect((await store().appendToStream(streamId, sampleEvents(3), { expectedVersion: 'no_stream' })).nextExpectedVersion).toBe(2n);
      expect(await versionsOf(store(), streamId)).toEqual(range(0, 3));
    });

    it('no_stream: refuses a stream that exists', async () => {
      await expectRefused(await streamAt(1), 'no_stream', 1n);
    });

    it('stream_exists: extends a stream that exists', async () => {
      const streamId = await streamAt(0);
      expect((await store().appendToStream(streamId, sampleEvents(1), { expectedVersion: 'stream_exists' })).nextExpectedVersion).toBe(1n);
    });

    it('stream_exists: refuses a stream that does not exist', async () => {
      await expectRefused(newStreamId('expected'), 'stream_exists', null);
    });

    it('exact version: extends a stream at that version', async () => {
      const streamId = await streamAt(2);
      expect((await store().appendToStream(streamId, sampleEvents(2), { expectedVersion: 2n })).nextExpectedVersion).toBe(4n);
      expect(await versionsOf(store(), streamId)).toEqual(range(0, 5));
    });

    it('exact version: refuses a stream behind or ahead of it', async () => {
      const streamId = await streamAt(2);
      await expectRefused(streamId, 1n, 2n);
      await expectRefused(streamId, 3n, 2n);
    });

    it('exact version: refuses a stream that does not exist', async () => {
      await expectRefused(newStreamId('expected'), 0n, null);
    });

    it('appending no events only checks the expected version', async () => {
      const missing = newStreamId('expected');
      expect((await store().appendToStream(missing, [], { expectedVersion: 'no_stream' })).nextExpectedVersion).toBe(-1n);
      await expect(store().appendToStream(missing, [], { expectedVersion: 'stream_exists' })).rejects.toBeInstanceOf(WrongExpectedVersionError);
      expect(await versionsOf(store(), missing)).toEqual([]);

      const existing = await streamAt(1);
      expect((await store().appendToStream(existing, [], { expectedVersion: 1n })).nextExpectedVersion).toBe(1n);
      await expect(store().appendToStream(existing, [], { expectedVersion: 0n })).rejects.toMatchObject({ actual: 1n });
      expect(await versionsOf(store(), existing)).toEqual(range(0, 2));
    });
  });
}

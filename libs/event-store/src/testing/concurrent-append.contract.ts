import { verifyHashChain } from '../event-hash.js';
import { WrongExpectedVersionError } from '../errors.js';
import type { ExpectedVersion } from '../event-store.port.js';
import { newStreamId, range, sampleEvents, versionsOf, type StoreAccess } from './contract-fixtures.js';

const WRITERS = 8;

export function describeConcurrentAppends(store: StoreAccess): void {
  async function raceOn(streamId: string, expectedVersion: ExpectedVersion, batches = Array.from({ length: WRITERS }, () => sampleEvents(2))): Promise<PromiseSettledResult<unknown>[]> {
    return Promise.allSettled(batches.map((batch) => store().appendToStream(streamId, batch, { expectedVersion })));
  }

  function outcomes(results: PromiseSettledResult<unknown>[]): { won: number; lostOnVersion: number } {
    return {
      won: results.filter((result) => result.status === 'fulfilled').length,
      lostOnVersion: results.filter((result) => result.status === 'rejected' && result.reason instanceof WrongExpectedVersionError).length,
    };
  }

  describe('concurrent appends', () => {
    it.each([1, 2])('of one stream at the same exact version, %i events each: exactly one wins', async (size) => {
      const streamId = newStreamId('race');
      await store().appendToStream(streamId, sampleEvents(1), { expectedVersion: 'no_stream' });

      const batches = Array.from({ length: WRITERS }, () => sampleEvents(size));
      expect(outcomes(await raceOn(streamId, 0n, batches))).toEqual({ won: 1, lostOnVersion: WRITERS - 1 });
      expect(await versionsOf(store(), streamId)).toEqual(range(0, 1 + size));
    });

    it('creating one stream: exactly one wins', async () => {
      const streamId = newStreamId('race');
      expect(outcomes(await raceOn(streamId, 'no_stream'))).toEqual({ won: 1, lostOnVersion: WRITERS - 1 });
      expect(await versionsOf(store(), streamId)).toEqual(range(0, 2));
    });

    it('of one stream with any version: all land, each batch in one piece, the chain intact', async () => {
      const streamId = newStreamId('race');
      const batches = Array.from({ length: WRITERS }, () => sampleEvents(2));
      expect(outcomes(await raceOn(streamId, 'any', batches)).won).toBe(WRITERS);

      const events = await store().readStream(streamId);
      expect(events.map((event) => event.version)).toEqual(range(0, 2 * WRITERS));
      const storedPairs = Array.from({ length: WRITERS }, (_, pair) => [events[2 * pair]?.id, events[2 * pair + 1]?.id]);
      expect(storedPairs).toEqual(expect.arrayContaining(batches.map((batch) => batch.map((event) => event.id))));
      expect(verifyHashChain(events)).toMatchObject({ intact: true, eventsChecked: 2 * WRITERS });
    });
  });
}

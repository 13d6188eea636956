import { canonicalEventBody, computeEventHash, verifyHashChain } from '../event-hash.js';
import type { EventMetadata } from '../event-store.port.js';
import { newStreamId, range, sampleEvent, sampleEvents, type StoreAccess } from './contract-fixtures.js';

export function describeReadStream(store: StoreAccess): void {
  describe('readStream', () => {
    let streamId: string;
    beforeAll(async () => {
      streamId = newStreamId('read');
      await store().appendToStream(streamId, sampleEvents(6), { expectedVersion: 'no_stream' });
    });

    async function versions(options: Parameters<ReturnType<StoreAccess>['readStream']>[1]): Promise<bigint[]> {
      return (await store().readStream(streamId, options)).map((event) => event.version);
    }

    it('reads forwards from, to and up to a count', async () => {
      expect(await versions({})).toEqual(range(0, 6));
      expect(await versions({ from: 2n })).toEqual(range(2, 4));
      expect(await versions({ from: 1n, to: 3n })).toEqual(range(1, 3));
      expect(await versions({ maxCount: 2 })).toEqual(range(0, 2));
      expect(await versions({ from: 4n, maxCount: 5 })).toEqual(range(4, 2));
      expect(await versions({ from: 6n })).toEqual([]);
    });

    it('reads backwards from the end, or from a version down to another', async () => {
      expect(await versions({ direction: 'backwards' })).toEqual(range(0, 6).reverse());
      expect(await versions({ direction: 'backwards', from: 3n })).toEqual(range(0, 4).reverse());
      expect(await versions({ direction: 'backwards', from: 4n, to: 2n })).toEqual(range(2, 3).reverse());
      expect(await versions({ direction: 'backwards', maxCount: 2 })).toEqual(range(4, 2).reverse());
    });

    it('returns nothing for a stream that does not exist', async () => {
      expect(await store().readStream(newStreamId('read'))).toEqual([]);
      expect(await store().readStream(newStreamId('read'), { direction: 'backwards' })).toEqual([]);
    });
  });

  describe('recorded events', () => {
    it('carry what was appended, where and when it was stored, and a hash', async () => {
      const streamId = newStreamId('recorded');
      const event = sampleEvent();
      const before = Date.now();
      const result = await store().appendToStream(streamId, [event]);
      const [recorded] = await store().readStream(streamId);

      expect(recorded).toMatchObject({ ...event, streamId, version: 0n, position: result.position });
      expect(recorded?.storedAt).toBeInstanceOf(Date);
      expect(Math.abs((recorded?.storedAt.getTime() ?? 0) - before)).toBeLessThan(5 * 60_000);
      expect(recorded?.hash).toBe(computeEventHash(null, 0n, canonicalEventBody(event)));
    });

    it('round-trip metadata: actor, time and any other keys', async () => {
      const streamId = newStreamId('recorded');
      const metadata: EventMetadata = {
        actor: { id: 'clerk-12', name: '王芳', role: 'clerk' },
        recordedAt: '2025-06-30T23:59:59.999Z',
        correlationId: 'corr-1',
        causationId: 'cause-1',
        idempotencyKey: 'key-1',
        channel: { kind: 'hotline', number: 12345 },
      };
      await store().appendToStream(streamId, [sampleEvent({ metadata })]);
      expect((await store().readStream(streamId))[0]?.metadata).toEqual(metadata);
    });

    it('round-trip Chinese text, emoji and nested values', async () => {
      const streamId = newStreamId('recorded');
      const data = {
        标题: '关于小区道路维修的信访',
        内容: '路灯坏了三个月 🚧，夜间出行不便。',
        诉求人: { 姓名: '张伟', 地址: { 区: '朝阳区', 门牌: [12, '3单元'] } },
        附件: [],
        紧急: true,
        备注: null,
        金额: 1234.5,
      };
      await store().appendToStream(streamId, [sampleEvent({ type: 'PetitionRegistered', data })]);
      const [recorded] = await store().readStream(streamId);
      expect(recorded?.data).toEqual(data);
    });

    it('chain every event of a stream to the one before', async () => {
      const streamId = newStreamId('recorded');
      await store().appendToStream(streamId, sampleEvents(3), { expectedVersion: 'no_stream' });
      await store().appendToStream(streamId, [sampleEvent({ data: { 说明: '第二批' } })], { expectedVersion: 2n });
      await store().appendToStream(streamId, sampleEvents(2), { expectedVersion: 3n });

      const events = await store().readStream(streamId);
      expect(verifyHashChain(events)).toEqual({ intact: true, eventsChecked: 6, lastHash: events[5]?.hash });
      expect(new Set(events.map((event) => event.hash)).size).toBe(6);
    });
  });
}

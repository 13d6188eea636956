import { randomUUID } from 'node:crypto';
import { compareLogPositions } from '../log-position.js';
import { caughtUp, readAllWithPrefix, sampleEvents, type StoreAccess } from './contract-fixtures.js';

export function describeReadAll(store: StoreAccess): void {
  describe('readAll', () => {
    let prefix: string;
    let appended: string[];
    beforeAll(async () => {
      prefix = `all-${randomUUID()}-`;
      appended = [];
      let last;
      for (const stream of ['a', 'b', 'a', 'c', 'b']) {
        const events = sampleEvents(2);
        last = await store().appendToStream(`${prefix}${stream}`, events);
        appended.push(...events.map((event) => event.id));
      }
      if (last) await caughtUp(store(), last.position);
    });

    it('returns events in the order they were appended, positions rising', async () => {
      const events = await readAllWithPrefix(store(), prefix);
      expect(ids(events)).toEqual(appended);
      for (let index = 1; index < events.length; index++) {
        expect(compareLogPositions(events[index - 1]!.position, events[index]!.position)).toBe(-1);
      }
    });

    it('returns at most `limit` events', async () => {
      expect(ids(await store().readAll(null, 3, { streamPrefix: prefix }))).toEqual(appended.slice(0, 3));
    });

    it('continues after `from`, exclusive, so paging by the last position sees each event once', async () => {
      const all = await readAllWithPrefix(store(), prefix);
      expect(ids(await store().readAll(all[3]!.position, 100, { streamPrefix: prefix }))).toEqual(appended.slice(4));
      expect(ids(await readAllWithPrefix(store(), prefix, null, 3))).toEqual(appended);
      expect(await store().readAll(all.at(-1)!.position, 100, { streamPrefix: prefix })).toEqual([]);
    });

    it('keeps to streams whose id starts with the prefix, taking it literally', async () => {
      expect(ids(await readAllWithPrefix(store(), `${prefix}b`))).toEqual([...appended.slice(2, 4), ...appended.slice(8, 10)]);

      const literal = `all-${randomUUID()}-`;
      const [underscore, percent] = [sampleEvents(1), sampleEvents(1)];
      await store().appendToStream(`${literal}x_y`, underscore);
      await store().appendToStream(`${literal}xzy`, sampleEvents(1));
      const last = await store().appendToStream(`${literal}%y`, percent);
      await caughtUp(store(), last.position);
      expect(ids(await readAllWithPrefix(store(), `${literal}x_`))).toEqual(ids(underscore));
      expect(ids(await readAllWithPrefix(store(), `${literal}%`))).toEqual(ids(percent));
    });

    it('returns only events of the asked types, `limit` counting those, in log order', async () => {
      const typed = `all-${randomUUID()}-`;
      const wanted: string[] = [];
      let last;
      for (const [index, type] of ['Other', 'Wanted', 'Other', 'Other', 'Also', 'Wanted', 'Other'].entries()) {
        const event = { ...sampleEvents(1)[0]!, type };
        last = await store().appendToStream(`${typed}${index % 3}`, [event]);
        if (type !== 'Other') wanted.push(event.id);
      }
      await caughtUp(store(), last!.position);
      const options = { streamPrefix: typed, eventTypes: ['Wanted', 'Also'] };
      const all = await store().readAll(null, 100, options);
      expect(ids(all)).toEqual(wanted);
      expect(all.map((event) => event.type)).toEqual(['Wanted', 'Also', 'Wanted']);
      expect(ids(await store().readAll(null, 2, options))).toEqual(wanted.slice(0, 2));
      expect(ids(await store().readAll(all[0]!.position, 1, options))).toEqual(wanted.slice(1, 2));
      expect(await store().readAll(all.at(-1)!.position, 100, options)).toEqual([]);
      expect(await store().readAll(null, 100, { streamPrefix: typed, eventTypes: ['Missing'] })).toEqual([]);
    });

    it('headPosition reaches the last append, and nothing follows it', async () => {
      const last = await store().appendToStream(`${prefix}d`, sampleEvents(1));
      await caughtUp(store(), last.position);
      const head = await store().headPosition();
      expect(head).not.toBeNull();
      expect(compareLogPositions(head!, last.position)).toBeGreaterThanOrEqual(0);
      expect(await store().readAll(head, 100, { streamPrefix: prefix })).toEqual([]);
    });
  });
}

function ids(events: readonly { readonly id: string }[]): string[] {
  return events.map((event) => event.id);
}

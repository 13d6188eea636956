import type { EventStore } from '../event-store.port.js';
import { describeConcurrentAppends } from './concurrent-append.contract.js';
import { describeExpectedVersions } from './expected-version.contract.js';
import { describeIdempotentAppends } from './idempotent-append.contract.js';
import { describeReadAll } from './read-all.contract.js';
import { describeReadStream } from './read-stream.contract.js';

export interface OpenedEventStore {
  readonly store: EventStore;
  dispose(): Promise<void>;
}

/**
 * The behaviour every `EventStore` adapter owes its callers, written once and run against each
 * adapter. `open` may hand back a store that already holds events: every test writes to streams
 * of its own.
 */
export function describeEventStoreContract(adapterName: string, open: () => Promise<OpenedEventStore>): void {
  describe(`EventStore contract: ${adapterName}`, () => {
    let opened: OpenedEventStore | undefined;
    beforeAll(async () => {
      opened = await open();
    });
    afterAll(async () => {
      await opened?.dispose();
    });

    const store = (): EventStore => {
      if (!opened) throw new Error(`The ${adapterName} event store did not open`);
      return opened.store;
    };

    describeExpectedVersions(store);
    describeIdempotentAppends(store);
    describeConcurrentAppends(store);
    describeReadStream(store);
    describeReadAll(store);
  });
}

export { describeEventStoreContract, type OpenedEventStore } from './event-store.contract.js';
export { caughtUp, newStreamId, readAllWithPrefix, sampleEvent, sampleEvents, sampleMetadata } from './contract-fixtures.js';

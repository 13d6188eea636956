export {
  createKurrentDbEventStore,
  kurrentDbConnectionString,
  KurrentDbEventStore,
  type KurrentDbEventStoreOptions,
} from './kurrentdb-event-store.js';
export type { LogSubscription } from './log-subscription.js';
export type { KurrentDbClient } from './kurrentdb-client.js';
export { EVENT_ID_CLAIM_PREFIX } from './event-id-claims.js';
export { HASH_METADATA_KEY } from './event-mapping.js';

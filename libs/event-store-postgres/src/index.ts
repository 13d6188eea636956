export { createPostgresEventStore, PostgresEventStore, type PostgresEventStoreOptions } from './postgres-event-store.js';
export { migrateEventStore, EVENT_STORE_SCHEMA_STEPS, type SchemaStep } from './event-store.schema.js';
export { SQLSTATE as EVENT_STORE_SQLSTATE } from './sqlstate.js';

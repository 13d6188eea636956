import { PETITION_STREAM_PREFIX, UNIT_STREAM_PREFIX } from '@xinfang/petition';
import { DOCUMENT_NUMBER_STREAM_PREFIX } from '../case-file/document-number-register.js';
import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '@xinfang/event-store';
import { PostgresEventStore } from '@xinfang/event-store-postgres';
import type pg from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DATABASE_POOL } from '../database/database.module.js';
import { EventStoreMetrics, MeteredEventStore } from '../observability/metered-event-store.js';
import { EVENT_STORE } from './event-store.token.js';

const ADAPTER = Symbol('EVENT_STORE_ADAPTER');

/** The configured adapter (PostgreSQL over the service's one pool, or KurrentDB for a deployment past one machine), metered. */
async function createConfiguredEventStore(config: AppConfig, pool: pg.Pool): Promise<EventStore> {
  if (config.eventStore.kind === 'postgres') return new PostgresEventStore(pool);
  // Loaded only when chosen: the gRPC client costs memory a PostgreSQL deployment does not need.
  const { createKurrentDbEventStore } = await import('@xinfang/event-store-kurrentdb');
  return createKurrentDbEventStore({ connectionString: config.eventStore.connectionString, streamPrefixes: [PETITION_STREAM_PREFIX, UNIT_STREAM_PREFIX, DOCUMENT_NUMBER_STREAM_PREFIX] });
}

@Global()
@Module({
  providers: [
    { provide: ADAPTER, inject: [APP_CONFIG, DATABASE_POOL], useFactory: createConfiguredEventStore },
    { provide: EVENT_STORE, inject: [ADAPTER, EventStoreMetrics], useFactory: (store: EventStore, metrics: EventStoreMetrics) => new MeteredEventStore(store, metrics) },
  ],
  exports: [EVENT_STORE],
})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(ADAPTER) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

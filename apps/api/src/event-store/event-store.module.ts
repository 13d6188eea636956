import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '@xinfang/event-store';
import { createPostgresEventStore } from '@xinfang/event-store-postgres';
import { DATABASE_URL } from '../database/database-url.token.js';
import { EVENT_STORE } from './event-store.token.js';

@Global()
@Module({
  providers: [
    {
      provide: EVENT_STORE,
      inject: [DATABASE_URL],
      useFactory: (url: string): Promise<EventStore> => createPostgresEventStore({ connectionString: url, migrate: false }),
    },
  ],
  exports: [EVENT_STORE],
})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

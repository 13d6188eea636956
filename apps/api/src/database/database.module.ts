import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type pg from 'pg';
import { Database } from './database.js';
import { DATABASE_URL } from './database-url.token.js';
import { openPool } from './open-pool.js';

export const DATABASE_POOL = Symbol('DATABASE_POOL');

/** Connections in the one pool: 16 concurrent requests, the projector's batch, and room for a rebuild or a calendar recalculation. */
const POOL_SIZE = 20;

@Global()
@Module({
  providers: [
    { provide: DATABASE_POOL, inject: [DATABASE_URL], useFactory: (url: string) => openPool(url, POOL_SIZE) },
    { provide: Database, inject: [DATABASE_POOL], useFactory: (pool: pg.Pool) => new Database(pool) },
  ],
  exports: [DATABASE_POOL, Database],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DATABASE_POOL) private readonly pool: pg.Pool) {}

  // The last thing to close: the event store, the projector and the requests all stop first.
  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}

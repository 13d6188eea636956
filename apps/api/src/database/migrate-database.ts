import { migrateEventStore } from '@xinfang/event-store-postgres';
import { DataSource } from 'typeorm';
import { openPool } from './open-pool.js';
import { typeOrmOptions } from './typeorm-options.js';

/** Any fixed number works; it only has to be the same for every instance that migrates. */
const MIGRATION_LOCK = 7_140_523_001;

/**
 * Brings the event store and the read-side tables up to date. Several instances may start at
 * once: an advisory lock lets one migrate while the others wait, then find nothing to do.
 */
export async function migrateDatabase(url: string, options: { eventStore: boolean } = { eventStore: true }): Promise<void> {
  if (options.eventStore) {
    const pool = openPool(url, 1);
    try {
      await migrateEventStore(pool);
    } finally {
      await pool.end();
    }
  }
  const dataSource = await new DataSource(typeOrmOptions(url)).initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}

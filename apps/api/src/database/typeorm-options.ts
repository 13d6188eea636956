import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';

export function typeOrmOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    migrationsRun: false,
    // Only the migrations run through TypeORM, at start-up; the service's queries use its one pg pool.
    extra: { max: 2, connectionTimeoutMillis: 10_000 },
  };
}

import type { DataSourceOptions } from 'typeorm';
import { ClockRowEntity } from '../read-models/cases/clock-row.entity.js';
import { PetitionListRow } from '../read-models/cases/petition-list-row.entity.js';
import { MIGRATIONS } from './migrations/index.js';

export function typeOrmOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [PetitionListRow, ClockRowEntity],
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    migrationsRun: false,
    extra: { max: 10, connectionTimeoutMillis: 10_000 },
  };
}

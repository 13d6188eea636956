import { PersonalDataVault } from '@xinfang/personal-data';
import type { Projection } from '@xinfang/projection-engine';
import { DataSource } from 'typeorm';
import { loadCalendar } from '../calendar/calendar.service.js';
import { typeOrmOptions } from '../database/typeorm-options.js';
import { PetitionEventCodec } from '../event-codec/petition-event-codec.js';
import { PostgresSubjectKeyStore } from '../personal-data/postgres-subject-key-store.js';
import { createProjections } from '../read-models/all-projections.js';
import { PersonKeys } from '../read-models/person-keys.js';
import type { CliRuntime } from './cli-runtime.js';

/** The service's projections, wired outside NestJS for admin commands. */
export async function cliProjections(runtime: CliRuntime): Promise<{ list: Projection[]; close(): Promise<void> }> {
  const dataSource = await new DataSource(typeOrmOptions(runtime.databaseUrl)).initialize();
  const calendar = await loadCalendar(dataSource);
  const codec = new PetitionEventCodec(new PersonalDataVault(new PostgresSubjectKeyStore(dataSource, runtime.config.personalDataMasterKey)));
  const list = createProjections({ codec, personKeys: new PersonKeys(runtime.config.personalDataMasterKey), calendar: () => calendar });
  return { list, close: () => dataSource.destroy() };
}

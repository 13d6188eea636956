import type { OfficialCalendar } from '@xinfang/calendar';
import { PersonalDataVault } from '@xinfang/personal-data';
import type { Projection } from '@xinfang/projection-engine';
import { DataSource } from 'typeorm';
import { loadCalendar } from '../calendar/calendar.service.js';
import { typeOrmOptions } from '../database/typeorm-options.js';
import { PetitionEventCodec } from '../event-codec/petition-event-codec.js';
import { PostgresSubjectKeyStore } from '../personal-data/postgres-subject-key-store.js';
import { createProjections } from '../read-models/all-projections.js';
import { PersonKeys } from '../read-models/person-keys.js';

/** The service's codec, calendar and projections on one database, outside NestJS (benchmarks, tests, a projector process). */
export interface OfflineServices {
  readonly codec: PetitionEventCodec;
  readonly calendar: OfficialCalendar;
  readonly projections: Projection[];
  close(): Promise<void>;
}

/** Wired as `cliProjections` wires them, from a database URL and the personal-data master key alone. */
export async function openOfflineServices(databaseUrl: string, personalDataMasterKey: Buffer): Promise<OfflineServices> {
  const dataSource = await new DataSource(typeOrmOptions(databaseUrl)).initialize();
  const calendar = await loadCalendar(dataSource);
  const codec = new PetitionEventCodec(new PersonalDataVault(new PostgresSubjectKeyStore(dataSource, personalDataMasterKey)));
  const projections = createProjections({ codec, personKeys: new PersonKeys(personalDataMasterKey), calendar: () => calendar });
  return { codec, calendar, projections, close: () => dataSource.destroy() };
}

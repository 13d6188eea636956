import type { OfficialCalendar } from '@xinfang/calendar';
import { PersonalDataVault } from '@xinfang/personal-data';
import { PostgresEventStore } from '@xinfang/event-store-postgres';
import type { Projection } from '@xinfang/projection-engine';
import { loadCalendar } from '../calendar/calendar.service.js';
import { Database } from '../database/database.js';
import { openPool } from '../database/open-pool.js';
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
  const pool = openPool(databaseUrl, 4);
  const database = new Database(pool);
  const calendar = await loadCalendar(database);
  const codec = new PetitionEventCodec(new PersonalDataVault(new PostgresSubjectKeyStore(database, personalDataMasterKey)));
  const store = new PostgresEventStore(pool);
  const projections = createProjections({ codec, personKeys: new PersonKeys(personalDataMasterKey), calendar: () => calendar, readStream: (streamId) => store.readStream(streamId) });
  return { codec, calendar, projections, close: () => pool.end() };
}

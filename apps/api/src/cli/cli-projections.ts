import { PersonalDataVault } from '@xinfang/personal-data';
import type { Projection } from '@xinfang/projection-engine';
import { loadCalendar } from '../calendar/calendar.service.js';
import { Database } from '../database/database.js';
import { PetitionEventCodec } from '../event-codec/petition-event-codec.js';
import { PostgresSubjectKeyStore } from '../personal-data/postgres-subject-key-store.js';
import { createProjections } from '../read-models/all-projections.js';
import { PersonKeys } from '../read-models/person-keys.js';
import type { CliRuntime } from './cli-runtime.js';

/** The service's projections, wired outside NestJS for admin commands. */
export async function cliProjections(runtime: CliRuntime): Promise<{ list: Projection[]; close(): Promise<void> }> {
  const database = new Database(runtime.pool);
  const calendar = await loadCalendar(database);
  const codec = new PetitionEventCodec(new PersonalDataVault(new PostgresSubjectKeyStore(database, runtime.config.personalDataMasterKey)));
  const list = createProjections({ codec, personKeys: new PersonKeys(runtime.config.personalDataMasterKey), calendar: () => calendar, readStream: (streamId) => runtime.store.readStream(streamId) });
  return { list, close: async () => undefined };
}

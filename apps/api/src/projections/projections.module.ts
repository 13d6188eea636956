import { Global, Module } from '@nestjs/common';
import { DATABASE_URL } from '../database/database-url.token.js';
import { openPool } from '../database/open-pool.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { PetitionEventCodec } from '../event-codec/petition-event-codec.js';
import { createProjections } from '../read-models/all-projections.js';
import { ClockRecalculation } from '../read-models/cases/clock-recalculation.js';
import { RepeatMatterFinder } from '../read-models/cases/repeat-matter-finder.js';
import { PersonKeys } from '../read-models/person-keys.js';
import { ProjectorService } from './projector.service.js';
import { PROJECTIONS, READ_MODEL_POOL } from './projections.token.js';

@Global()
@Module({
  providers: [
    {
      provide: READ_MODEL_POOL,
      inject: [DATABASE_URL],
      useFactory: (url: string) => openPool(url, 4),
    },
    { provide: PersonKeys, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new PersonKeys(config.personalDataMasterKey) },
    {
      provide: PROJECTIONS,
      inject: [PetitionEventCodec, PersonKeys, CalendarService],
      useFactory: (codec: PetitionEventCodec, personKeys: PersonKeys, calendar: CalendarService) => createProjections({ codec, personKeys, calendar: () => calendar.current() }),
    },
    ProjectorService,
    RepeatMatterFinder,
    ClockRecalculation,
  ],
  exports: [ProjectorService, READ_MODEL_POOL, PersonKeys, RepeatMatterFinder],
})
export class ProjectionsModule {}

import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { CaseLinkFinder } from './cases/case-link-finder.js';
import { ClockRecalculation } from './cases/clock-recalculation.js';
import { GetBacklogHandler } from './cases/queries/backlog.handler.js';
import { FindDeadlinesHandler } from './cases/queries/deadlines.handler.js';
import { ListPetitionsHandler } from './cases/queries/list-petitions.handler.js';
import { ReadModelsController } from './cases/queries/read-models.controller.js';
import { GetStatsHandler } from './cases/queries/stats.handler.js';
import { PersonKeys } from './person-keys.js';
import { UnitInboxController } from './units/unit-inbox.controller.js';

/** The read models' queries and the providers their projections and the write side's ports use. */
@Module({
  controllers: [ReadModelsController, UnitInboxController],
  providers: [
    { provide: PersonKeys, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new PersonKeys(config.personalDataMasterKey) },
    CaseLinkFinder,
    ClockRecalculation,
    ListPetitionsHandler,
    FindDeadlinesHandler,
    GetBacklogHandler,
    GetStatsHandler,
  ],
  exports: [PersonKeys, CaseLinkFinder],
})
export class ReadModelsModule {}

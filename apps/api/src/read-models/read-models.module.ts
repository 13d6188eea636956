import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClockRowEntity } from './cases/clock-row.entity.js';
import { PetitionListRow } from './cases/petition-list-row.entity.js';
import { GetBacklogHandler } from './cases/queries/backlog.handler.js';
import { FindDeadlinesHandler } from './cases/queries/deadlines.handler.js';
import { ListPetitionsHandler } from './cases/queries/list-petitions.handler.js';
import { ReadModelsController } from './cases/queries/read-models.controller.js';
import { GetStatsHandler } from './cases/queries/stats.handler.js';

@Module({
  imports: [TypeOrmModule.forFeature([PetitionListRow, ClockRowEntity])],
  controllers: [ReadModelsController],
  providers: [ListPetitionsHandler, FindDeadlinesHandler, GetBacklogHandler, GetStatsHandler],
})
export class ReadModelsModule {}

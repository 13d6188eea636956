import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../auth/roles.decorator.js';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { validationProblem } from '../../../http/problem.js';
import { ProjectorService } from '../../../projections/projector.service.js';
import { GetBacklog } from './backlog.handler.js';
import { FindDeadlines } from './deadlines.handler.js';
import { ListPetitions, type PetitionPage } from './list-petitions.handler.js';
import { DeadlinesQuery, ListPetitionsQuery, ReadModelQuery, StatsQuery } from './read-model.requests.js';
import type { Backlog, DeadlinePage, Stats } from './read-model.responses.js';
import { GetStats } from './stats.handler.js';
import { BacklogView, DeadlinePageView, OpenOverdueView, PetitionPageView, StatsView } from './read-model.views.js';

const MAX_STATS_DAYS = 5 * 366;

@ApiTags('read models')
@ApiExtraModels(OpenOverdueView)
@ApiBearerAuth()
@Controller()
export class ReadModelsController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly projector: ProjectorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('petitions')
  @Roles('clerk', 'auditor', 'admin')
  @ApiOperation({ summary: 'Cases by category, stage, unit, backlog kind, overdue and text; newest received first' })
  @ApiOkResponse({ type: PetitionPageView })
  async list(@Query() query: ListPetitionsQuery): Promise<PetitionPage> {
    await this.projector.waitFor(query.minPosition);
    return this.queryBus.execute(new ListPetitions(query));
  }

  @Get('deadlines')
  @Roles('clerk', 'auditor', 'admin')
  @ApiOperation({ summary: 'Every statutory clock as of a date: open, due soon, overdue, met, missed (or uncovered by the calendar)' })
  @ApiOkResponse({ type: DeadlinePageView })
  async deadlines(@Query() query: DeadlinesQuery): Promise<DeadlinePage> {
    await this.projector.waitFor(query.minPosition);
    return this.queryBus.execute(new FindDeadlines(query, this.config.dueSoonDays));
  }

  @Get('backlog')
  @Roles('clerk', 'auditor', 'admin')
  @ApiOperation({ summary: 'The four-category backlog as of a date: category × stage × backlog kind × age, with overdue counts' })
  @ApiOkResponse({ type: BacklogView })
  async backlog(@Query() query: ReadModelQuery): Promise<Backlog> {
    await this.projector.waitFor(query.minPosition);
    return this.queryBus.execute(new GetBacklog(query.asOf));
  }

  @Get('stats')
  @Roles('clerk', 'auditor', 'admin')
  @ApiOperation({ summary: 'The measures the bureau is judged by, over a period, overall and by category and unit' })
  @ApiOkResponse({ type: StatsView })
  async stats(@Query() query: StatsQuery): Promise<Stats> {
    if (query.from > query.to) throw validationProblem([{ field: 'to', code: 'range', message: 'to must not be before from' }]);
    if ((Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 > MAX_STATS_DAYS) throw validationProblem([{ field: 'to', code: 'range', message: 'a period may span at most five years' }]);
    await this.projector.waitFor(query.minPosition);
    return this.queryBus.execute(new GetStats(query.from, query.to));
  }
}

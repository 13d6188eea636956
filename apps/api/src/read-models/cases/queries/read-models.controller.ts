import { Controller, Get, Inject, Query, type StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiJsonOrWorkbookResponse, EXPORT_MAX_ROWS } from '../../../exports/export-format.js';
import { Roles } from '../../../auth/roles.decorator.js';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { xlsxDownload } from '../../../exports/xlsx-workbook.js';
import { ProblemException, problemType, validationProblem } from '../../../http/problem.js';
import { shanghaiDate } from '@xinfang/petition';
import { ProjectorService } from '../../../projections/projector.service.js';
import { GetBacklog } from './backlog.handler.js';
import { deadlinesWorkbook, petitionsWorkbook, statsWorkbook } from './case-exports.js';
import { FindDeadlines } from './deadlines.handler.js';
import { ListPetitions, type PetitionPage } from './list-petitions.handler.js';
import { DeadlinesQuery, ListPetitionsQuery, ReadModelQuery, StatsQuery } from './read-model.requests.js';
import type { Backlog, DeadlineItem, DeadlinePage, PetitionListItem, Stats } from './read-model.responses.js';
import { GetStats } from './stats.handler.js';
import { BacklogView, DeadlinePageView, OpenOverdueView, PetitionPageView, StatsView } from './read-model.views.js';

const MAX_STATS_DAYS = 5 * 366;
/** An export reads the list this many rows a page, up to EXPORT_MAX_ROWS; more is refused (422) rather than cut short. */
const EXPORT_PAGE = 200;

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
  @ApiOperation({ summary: 'Cases by category, stage, unit, backlog kind, overdue and text; newest received first (format=xlsx: every match, as a workbook)' })
  @ApiJsonOrWorkbookResponse('A page of the list, or every match as 案件列表', PetitionPageView)
  async list(@Query() query: ListPetitionsQuery): Promise<PetitionPage | StreamableFile> {
    await this.projector.waitFor(query.minPosition);
    if (query.format !== 'xlsx') return this.queryBus.execute(new ListPetitions(query));
    const items = await everyPage<PetitionListItem>((cursor) => this.queryBus.execute(new ListPetitions({ ...query, limit: EXPORT_PAGE, cursor })), query.cursor);
    const today = query.asOf ?? shanghaiDate(new Date());
    return xlsxDownload(await petitionsWorkbook(items), `petitions-${today}`, `信访事项-${today}`);
  }

  @Get('deadlines')
  @Roles('clerk', 'auditor', 'admin')
  @ApiOperation({ summary: 'Every statutory clock as of a date: open, due soon, overdue, met, missed (or uncovered by the calendar); format=xlsx: every match, as a workbook' })
  @ApiJsonOrWorkbookResponse('A page of clocks, or every match as 期限预警', DeadlinePageView)
  async deadlines(@Query() query: DeadlinesQuery): Promise<DeadlinePage | StreamableFile> {
    await this.projector.waitFor(query.minPosition);
    if (query.format !== 'xlsx') return this.queryBus.execute(new FindDeadlines(query, this.config.dueSoonDays));
    let asOf = query.asOf ?? shanghaiDate(new Date());
    const items = await everyPage<DeadlineItem>(async (cursor) => {
      const page: DeadlinePage = await this.queryBus.execute(new FindDeadlines({ ...query, limit: EXPORT_PAGE, cursor }, this.config.dueSoonDays));
      asOf = page.asOf;
      return page;
    }, query.cursor);
    return xlsxDownload(await deadlinesWorkbook(asOf, items), `deadlines-${asOf}`, `期限预警-${asOf}`);
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
  @ApiOperation({ summary: 'The measures the bureau is judged by, over a period, overall and by category and unit (format=xlsx: as a workbook)' })
  @ApiJsonOrWorkbookResponse('The measures, or the workbook 总体 / 按类别 / 按责任单位 / 按信访类型', StatsView)
  async stats(@Query() query: StatsQuery): Promise<Stats | StreamableFile> {
    if (query.from > query.to) throw validationProblem([{ field: 'to', code: 'range', message: 'to must not be before from' }]);
    if ((Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 > MAX_STATS_DAYS) throw validationProblem([{ field: 'to', code: 'range', message: 'a period may span at most five years' }]);
    await this.projector.waitFor(query.minPosition);
    const stats: Stats = await this.queryBus.execute(new GetStats(query.from, query.to));
    if (query.format !== 'xlsx') return stats;
    return xlsxDownload(await statsWorkbook(stats), `stats-${query.from}-${query.to}`, `考核指标-${query.from}至${query.to}`);
  }
}

/** Every item from `cursor` on, page after page; more than EXPORT_MAX_ROWS answers 422 (narrow the filters). */
async function everyPage<Item>(page: (cursor: string | undefined) => Promise<{ items: Item[]; nextCursor: string | null }>, cursor: string | undefined): Promise<Item[]> {
  const items: Item[] = [];
  let next = cursor;
  do {
    const answer = await page(next);
    items.push(...answer.items);
    next = answer.nextCursor ?? undefined;
    if (items.length > EXPORT_MAX_ROWS || (items.length === EXPORT_MAX_ROWS && next)) {
      throw new ProblemException({
        type: problemType('export-too-large'), title: 'Too many rows to export', status: 422,
        detail: `An export holds at most ${EXPORT_MAX_ROWS} rows; narrow the filters.`, limit: EXPORT_MAX_ROWS,
      });
    }
  } while (next);
  return items;
}

import { Controller, Get, Param, ParseUUIDPipe, Query, type StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { shanghaiDate } from '@xinfang/petition';
import { IsIn, IsOptional } from 'class-validator';
import { Roles } from '../../auth/roles.decorator.js';
import { ProjectorService } from '../../projections/projector.service.js';
import { PagedQuery, ReadModelQuery } from '../cases/queries/read-model.requests.js';
import { XLSX_MEDIA_TYPE, xlsxDownload } from '../../exports/xlsx-workbook.js';
import { ledgerWorkbook } from './ledger-workbook.js';
import { ProgrammeLedgerService } from './programme-ledger.service.js';
import { ProgrammeLedgerView, ProgrammePage } from './programme.responses.js';

export class LedgerQuery extends ReadModelQuery {
  @ApiPropertyOptional({ enum: ['json', 'xlsx'], description: 'xlsx: an Excel workbook with Chinese headers' })
  @IsOptional() @IsIn(['json', 'xlsx'])
  format?: 'json' | 'xlsx';
}

@ApiTags('programmes')
@ApiBearerAuth()
@Controller('programmes')
export class ProgrammesQueryController {
  constructor(
    private readonly ledgers: ProgrammeLedgerService,
    private readonly projector: ProjectorService,
  ) {}

  @Get()
  @Roles('clerk', 'admin', 'auditor', 'leader')
  @ApiOperation({ summary: 'The programmes (积案化解), newest opened first, with how many cases each has enrolled' })
  @ApiOkResponse({ type: ProgrammePage })
  async list(@Query() query: PagedQuery): Promise<ProgrammePage> {
    await this.projector.waitFor(query.minPosition);
    return this.ledgers.list(query.limit ?? 50, query.cursor);
  }

  @Get(':pid/ledger')
  @Roles('clerk', 'admin', 'auditor', 'leader')
  @ApiOperation({
    summary: 'The programme ledger as of a date: enrolled by category × reason × track, heard, resolved, signed off, rebounded, plan tasks overdue, by category and by owning leader',
  })
  @ApiProduces('application/json', XLSX_MEDIA_TYPE)
  @ApiOkResponse({ type: ProgrammeLedgerView })
  @ApiNotFoundResponse({ description: 'No such programme' })
  async ledger(@Param('pid', new ParseUUIDPipe()) programmeId: string, @Query() query: LedgerQuery): Promise<ProgrammeLedgerView | StreamableFile> {
    await this.projector.waitFor(query.minPosition);
    const ledger = await this.ledgers.ledger(programmeId, query.asOf ?? shanghaiDate(new Date()));
    if (query.format !== 'xlsx') return ledger;
    return xlsxDownload(await ledgerWorkbook(ledger), `programme-ledger-${ledger.asOf}`, `${ledger.programme.name}-台账-${ledger.asOf}`);
  }
}

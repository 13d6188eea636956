import { Controller, Get, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { shanghaiDate } from '@xinfang/petition';
import { Roles } from '../../auth/roles.decorator.js';
import { DOCUMENTS_SETTINGS, type DocumentsSettings } from '../../documents/documents.settings.js';
import { PdfRenderer } from '../../documents/pdf-renderer.js';
import { documentHtml } from '../../documents/templates/document-layout.js';
import { CurrentRequest, type RequestContext } from '../../http/request-context.js';
import { ProjectorService } from '../../projections/projector.service.js';
import { ApiJsonOrWorkbookResponse, EXPORT_MAX_ROWS } from '../../exports/export-format.js';
import { xlsxDownload } from '../../exports/xlsx-workbook.js';
import { overdueReportPage } from './overdue-report.document.js';
import { SupervisionRegisterService } from './supervision-register.service.js';
import type { ProposalPage, SupervisionPage } from './supervision-register.types.js';
import { LeaderCasesQuery, OverdueReportQuery, SupervisionsQuery } from './supervision.requests.js';
import { LeaderCasesView, OverdueReportView, SupervisionItemView, SupervisionProposalView, SupervisionRegisterView } from './supervision.responses.js';
import { proposalWorkbook, supervisionWorkbook } from './supervision-workbook.js';


@ApiTags('supervision')
@ApiBearerAuth()
@ApiExtraModels(SupervisionItemView, SupervisionProposalView)
@Controller()
export class SupervisionsController {
  constructor(
    private readonly register: SupervisionRegisterService,
    private readonly projector: ProjectorService,
    private readonly pdf: PdfRenderer,
    @Inject(DOCUMENTS_SETTINGS) private readonly documents: DocumentsSettings,
  ) {}

  @Get('supervisions')
  @Roles('clerk', 'admin', 'auditor', 'leader')
  @ApiOperation({ summary: 'The supervision register (督办台账) as of a date, by state, unit, level and owning leader; with proposed=true, the overdue duty clocks with no supervision yet. A leader sees only the cases they own.' })
  @ApiJsonOrWorkbookResponse('A page of the register (or of proposals), or the whole register as 督办台账 (the proposals as 待督办事项)', SupervisionRegisterView)
  async list(@Query() query: SupervisionsQuery, @CurrentRequest() context: RequestContext): Promise<SupervisionPage | ProposalPage | StreamableFile> {
    await this.projector.waitFor(query.minPosition);
    const asOf = query.asOf ?? shanghaiDate(new Date());
    const leader = context.actor.role === 'leader' ? context.actor.id : query.leader;
    const paging = { limit: query.limit ?? 50, ...(query.cursor && { cursor: query.cursor }) };
    const exporting = query.format === 'xlsx';
    if (query.proposed) {
      const proposals = await this.register.proposals({ asOf, ...(exporting ? { limit: EXPORT_MAX_ROWS } : paging), ...(query.unit && { unit: query.unit }), ...(leader && { leader }) });
      if (!exporting) return proposals;
      return xlsxDownload(await proposalWorkbook(proposals), `supervision-proposals-${asOf}`, `待督办事项-${asOf}`);
    }
    const page = await this.register.register({
      asOf, states: query.state ?? [], ...(exporting ? { limit: EXPORT_MAX_ROWS } : paging),
      ...(query.unit && { unit: query.unit }), ...(query.level && { level: query.level }), ...(leader && { leader }),
    });
    if (!exporting) return page;
    return xlsxDownload(await supervisionWorkbook(page), `supervisions-${asOf}`, `督办台账-${asOf}`);
  }

  @Get('me/cases')
  @Roles('leader')
  @ApiOperation({ summary: 'The cases the calling leader owns (包案), latest first, paged' })
  @ApiOkResponse({ type: LeaderCasesView })
  async myCases(@CurrentRequest() context: RequestContext, @Query() query: LeaderCasesQuery): Promise<LeaderCasesView> {
    await this.projector.waitFor(query.minPosition);
    return this.register.leaderCases(context.actor.id, { limit: query.limit ?? 50, ...(query.cursor && { cursor: query.cursor }) });
  }

  @Get('reports/overdue')
  @Roles('clerk', 'admin', 'auditor')
  @ApiOperation({ summary: 'The monthly overdue report (逾期通报) per unit: cases and duty clocks overdue 30 and 60 days or more at the month’s end, supervisions issued, answered and escalated in it; ?format=pdf as the bureau’s 通报' })
  @ApiProduces('application/json', 'application/pdf')
  @ApiOkResponse({ type: OverdueReportView })
  async overdue(@Query() query: OverdueReportQuery): Promise<OverdueReportView | StreamableFile> {
    await this.projector.waitFor(query.minPosition);
    const report = await this.register.overdueReport(query.month, shanghaiDate(new Date()));
    if (query.format !== 'pdf') return report;
    const page = overdueReportPage(report, this.documents.bureauName);
    return new StreamableFile(await this.pdf.render(documentHtml(page, { report: true })), {
      type: 'application/pdf',
      disposition: `inline; filename="overdue-${query.month}.pdf"; filename*=UTF-8''${encodeURIComponent(`${page.title}.pdf`)}`,
    });
  }
}

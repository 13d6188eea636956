import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/roles.decorator.js';
import { ProblemException, problemType, validationProblem } from '../http/problem.js';
import { CurrentRequest, type RequestContext } from '../http/request-context.js';
import { CaseFileContents } from '../case-file/case-file-contents.js';
import { verifyContents } from '../case-file/content-verification.js';
import { AccessLogService } from './access-log.service.js';
import { AccessLogQuery, ErasureRequest, HistoryQuery, StateQuery } from './audit.requests.js';
import { AccessLogPageView, ErasureView, HistoryPageView, PastStateView, VerificationView } from './audit.views.js';
import { CaseHistoryService } from './case-history.service.js';
import { PersonalDataErasureService } from './personal-data-erasure.service.js';

@ApiTags('audit')
@ApiExtraModels(HistoryPageView)
@ApiBearerAuth()
@Controller()
export class AuditController {
  constructor(
    private readonly history: CaseHistoryService,
    private readonly accessLog: AccessLogService,
    private readonly erasure: PersonalDataErasureService,
    private readonly contents: CaseFileContents,
  ) {}

  @Get('petitions/:id/history')
  @Roles('auditor', 'admin')
  @ApiOperation({ summary: 'Every event of the case in order: type, data, actor, time, version, position, hash (recorded in the access log)' })
  @ApiOkResponse({
    description: 'A page of events (JSON), or with format=jsonl every event, one JSON line each',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(HistoryPageView) } },
      'application/x-ndjson': { schema: { type: 'string', description: 'One HistoryEntryView per line' } },
    },
  })
  async caseHistory(@Param('id', new ParseUUIDPipe()) petitionId: string, @Query() query: HistoryQuery, @CurrentRequest() context: RequestContext, @Res() response: Response): Promise<void> {
    const recorded = await this.history.events(petitionId);
    const form = query.form ?? 'decoded';
    await this.accessLog.record(context.actor, petitionId, 'history', { form, format: query.format ?? 'json' });
    if (query.format === 'jsonl') {
      const entries = await this.history.entries(recorded, form);
      response.status(200).type('application/x-ndjson').setHeader('Content-Disposition', `attachment; filename="petition-${petitionId}-history.jsonl"`);
      response.send(entries.map((entry) => JSON.stringify(entry)).join('\n') + '\n');
      return;
    }
    const limit = query.limit ?? 100;
    const from = query.cursor ? Number(query.cursor.slice(1)) : 0;
    const page = recorded.slice(from, from + limit);
    const next = from + page.length < recorded.length ? `v${from + page.length}` : null;
    response.status(200).json({ petitionId, total: recorded.length, events: await this.history.entries(page, form), nextCursor: next });
  }

  @Get('petitions/:id/state')
  @Roles('auditor', 'admin')
  @ApiOperation({ summary: 'The case as it stood after version N or at an instant, replayed through the service’s own decider' })
  @ApiOkResponse({ type: PastStateView })
  async stateAt(@Param('id', new ParseUUIDPipe()) petitionId: string, @Query() query: StateQuery, @CurrentRequest() context: RequestContext): Promise<PastStateView> {
    if ((query.atVersion === undefined) === (query.at === undefined)) {
      throw validationProblem([{ field: 'atVersion', code: 'one_of', message: 'give exactly one of atVersion or at' }]);
    }
    const recorded = await this.history.events(petitionId);
    if (query.atVersion !== undefined && query.atVersion > recorded.length) throw pastLastVersion(query.atVersion, recorded.length);
    const upTo = query.atVersion !== undefined ? recorded.slice(0, query.atVersion) : recorded.filter((event) => event.storedAt.getTime() <= Date.parse(query.at!));
    await this.accessLog.record(context.actor, petitionId, 'state', { ...query });
    const view = await this.history.stateAt(petitionId, upTo);
    return { asOf: query.at ?? upTo[upTo.length - 1]!.storedAt.toISOString(), ...view };
  }

  @Get('petitions/:id/verify')
  @Roles('auditor', 'admin')
  @ApiOperation({ summary: 'Recompute the case’s hash chain and name the first event that does not match; check that every attachment and issued PDF still hashes to what its event records, naming any altered one' })
  @ApiOkResponse({ type: VerificationView })
  async verify(@Param('id', new ParseUUIDPipe()) petitionId: string, @CurrentRequest() context: RequestContext): Promise<VerificationView> {
    const recorded = await this.history.events(petitionId);
    const result = this.history.verify(recorded);
    const { checked, erased, altered } = await verifyContents(recorded, this.contents);
    const contents = { checked, erased, altered: altered.map(({ streamId: _stream, ...file }) => file) };
    const intact = result.intact && altered.length === 0;
    await this.accessLog.record(context.actor, petitionId, 'verify', { intact });
    if (result.intact) return { petitionId, intact, eventsChecked: result.eventsChecked, contents };
    const { eventId, version, storedHash, computedHash } = result.firstMismatch;
    return { petitionId, intact, eventsChecked: result.eventsChecked, firstMismatch: { eventId, version: Number(version) + 1, storedHash, computedHash }, contents };
  }

  @Get('audit/access-log')
  @Roles('auditor', 'admin')
  @ApiOperation({ summary: 'Who read which case’s history or past state, newest first' })
  @ApiOkResponse({ type: AccessLogPageView })
  async accessLogEntries(@Query() query: AccessLogQuery): Promise<AccessLogPageView> {
    const limit = query.limit ?? 100;
    const records = await this.accessLog.find({ ...query, limit, ...(query.cursor ? { before: query.cursor } : {}) });
    return { records, nextCursor: records.length === limit ? records[records.length - 1]!.id : null };
  }

  @Post('petitions/:id/personal-data/erasure')
  @HttpCode(HttpStatus.OK)
  @Roles('admin')
  @ApiOperation({ summary: 'Erase the petitioners’ ID numbers, phones and addresses for good (their keys are destroyed); history stays verifiable' })
  @ApiOkResponse({ type: ErasureView })
  erase(@Param('id', new ParseUUIDPipe()) petitionId: string, @Body() body: ErasureRequest, @CurrentRequest() context: RequestContext): Promise<ErasureView> {
    return this.erasure.erase(petitionId, body.legalBasis, context);
  }
}

function pastLastVersion(asked: number, lastVersion: number): ProblemException {
  return new ProblemException({
    type: problemType('version-not-reached'),
    title: 'The case has no such version',
    status: 422,
    detail: `The case's last version is ${lastVersion}; atVersion ${asked} is past it.`,
    lastVersion,
  });
}

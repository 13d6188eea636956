import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiGoneResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { formatLogPosition } from '@xinfang/event-store';
import type { Response } from 'express';
import { AccessLogService } from '../audit/access-log.service.js';
import { Roles } from '../auth/roles.decorator.js';
import { CaseLoader } from '../event-codec/case-loader.js';
import { DOCUMENT_KINDS, isDocumentKind } from '../documents/document-kinds.js';
import { ProblemException, problemType } from '../http/problem.js';
import { CurrentRequest, type RequestContext } from '../http/request-context.js';
import { CaseReaders } from '../units/case-readers.js';
import { RunCaseCommand } from '../petitions/command-path/case-command.controller.js';
import { CaseCommandDocs } from '../petitions/command-path/case-command.docs.js';
import { CommandResponse, commandResponse } from '../petitions/command-path/command-response.js';
import { CaseFileContents } from './case-file-contents.js';
import { DocumentIssuer, issuedDocumentOf } from './document-issuer.service.js';
import { IssueDocumentRequest, IssuedDocumentResponse, ServeDocumentRequest } from './issued-documents.request.js';
import { servedBytes } from './served-bytes.js';

@ApiTags('case file')
@ApiBearerAuth()
@Controller('petitions')
export class IssuedDocumentsController {
  constructor(
    private readonly issuer: DocumentIssuer,
    private readonly cases: CaseLoader,
    private readonly contents: CaseFileContents,
    private readonly accessLog: AccessLogService,
    private readonly commandBus: CommandBus,
    private readonly readers: CaseReaders,
  ) {}

  @Post(':id/documents/:kind/issue')
  @HttpCode(HttpStatus.CREATED)
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'Issue (印发) a document: its number (文号, gap-free per kind and year), the PDF kept byte for byte, its hash in a DocumentIssued event' })
  @ApiParam({ name: 'kind', enum: DOCUMENT_KINDS })
  @ApiCreatedResponse({ type: IssuedDocumentResponse })
  @ApiConflictResponse({ description: 'The case has not reached the step the document records (`stage`, `requires`)' })
  @CaseCommandDocs()
  async issue(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Param('kind') kind: string,
    @Body() body: IssueDocumentRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<IssuedDocumentResponse> {
    if (!isDocumentKind(kind)) throw new ProblemException({ type: problemType('document-kind-not-found'), title: 'No such document', status: 404, detail: `Documents are: ${DOCUMENT_KINDS.join(', ')}.` });
    const issued = await this.issuer.issue(petitionId, kind, { ...body }, context);
    response.setHeader('ETag', `"${issued.version}"`).setHeader('Location', `/petitions/${petitionId}/documents/issued/${encodeURIComponent(issued.number.label)}`);
    const { number, position, ...rest } = issued;
    return { id: petitionId, ...rest, position: formatLogPosition(position), number: number.label, year: number.year, seq: number.seq };
  }

  @Get(':id/documents/issued/:number')
  @Roles('clerk', 'auditor', 'admin', 'unit')
  @ApiOperation({ summary: 'An issued document: the PDF as issued, byte for byte (in the access log); a unit’s user reads those of a case handed to its unit, to serve them (404 otherwise)' })
  @ApiParam({ name: 'number', description: 'The number (文号), percent-encoded: 信处字〔2026〕12号' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF', schema: { type: 'string', format: 'binary' } })
  @ApiGoneResponse({ description: 'Sealed under a key erasure destroyed' })
  async download(@Param('id', new ParseUUIDPipe()) petitionId: string, @Param('number') label: string, @CurrentRequest() context: RequestContext, @Res() response: Response): Promise<void> {
    const { state } = await this.cases.load(petitionId);
    if (state.status === 'none') throw new ProblemException({ type: problemType('petition-not-found'), title: 'Petition not found', status: 404, detail: `There is no petition ${petitionId}` });
    await this.readers.assertMayRead(petitionId, state, context.actor);
    const document = issuedDocumentOf(state, label);
    const content = await this.contents.open(document);
    await this.accessLog.record(context.actor, petitionId, 'issued-document', { number: label, kind: document.kind, outcome: content.state });
    if (content.state === 'erased') {
      throw new ProblemException({ type: problemType('document-erased'), title: 'Erased', status: 410, detail: 'The issued PDF named the petitioner, whose personal data was erased on a lawful request.', number: label, erasedFields: ['content'] });
    }
    const bytes = servedBytes(content, `document ${label}`);
    const fileName = `${label}.pdf`;
    response.status(200).type('application/pdf').setHeader('Cache-Control', 'no-store')
      .setHeader('Content-Disposition', `inline; filename="${document.kind}-${document.number.year}-${document.number.seq}.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
      .setHeader('Repr-Digest', `sha-256=:${Buffer.from(document.sha256, 'hex').toString('base64')}:`).send(bytes);
  }

  @Post(':id/documents/issued/:number/service')
  @HttpCode(HttpStatus.OK)
  @Roles('clerk', 'admin', 'unit')
  @ApiOperation({ summary: 'Record the service (送达) of an issued document: method, served-on date, proof attachment; an opinion’s review window runs from it' })
  @ApiParam({ name: 'number', description: 'The number (文号), percent-encoded' })
  @ApiOkResponse({ type: CommandResponse })
  @ApiUnprocessableEntityResponse({ description: 'No document of that number was issued in the case (serve after issuing), no such proof, dates out of order' })
  @CaseCommandDocs()
  async serve(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Param('number') label: string,
    @Body() body: ServeDocumentRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const outcome = await this.commandBus.execute(new RunCaseCommand(petitionId, { type: 'ServeDocument', data: { ...body, number: label } }, context));
    return commandResponse(outcome, response);
  }
}

import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AccessLogService } from '../audit/access-log.service.js';
import { Roles } from '../auth/roles.decorator.js';
import { CurrentRequest, type RequestContext } from '../http/request-context.js';
import { CaseFileExport } from './case-file-export.service.js';

@ApiTags('case file')
@ApiBearerAuth()
@Controller('petitions')
export class CaseFileController {
  constructor(
    private readonly caseFile: CaseFileExport,
    private readonly accessLog: AccessLogService,
  ) {}

  @Get(':id/case-file')
  @Roles('clerk', 'auditor', 'admin')
  @ApiOperation({ summary: 'The case file (卷宗) as one PDF: a cover, the index (卷宗目录), then every issued document and attachment in the order recorded (in the access log)' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF', schema: { type: 'string', format: 'binary' } })
  @ApiServiceUnavailableResponse({ description: 'Chromium is not installed (the detail says how to install it)' })
  async export(@Param('id', new ParseUUIDPipe()) petitionId: string, @CurrentRequest() context: RequestContext, @Res() response: Response): Promise<void> {
    const file = await this.caseFile.export(petitionId, context.now);
    await this.accessLog.record(context.actor, petitionId, 'case-file', { members: file.members });
    const receipt = file.receiptNumber.replace(/[^A-Za-z0-9-]/g, '_');
    response.status(200).type('application/pdf').setHeader('Cache-Control', 'no-store')
      .setHeader('Content-Disposition', `inline; filename="${receipt}-case-file.pdf"; filename*=UTF-8''${encodeURIComponent(`信访事项卷宗-${receipt}.pdf`)}`).send(file.pdf);
  }
}

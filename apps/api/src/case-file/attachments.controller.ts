import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiGoneResponse, ApiOkResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiTags, ApiUnsupportedMediaTypeResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AccessLogService } from '../audit/access-log.service.js';
import { Roles } from '../auth/roles.decorator.js';
import { ProblemException, problemType, validationProblem } from '../http/problem.js';
import { CurrentRequest, type RequestContext } from '../http/request-context.js';
import { commandResponse } from '../petitions/command-path/command-response.js';
import { CaseCommandDocs } from '../petitions/command-path/case-command.docs.js';
import { AddAttachmentRequest, ATTACHMENT_UPLOAD_SCHEMA, AttachmentAddedResponse } from './attachment.request.js';
import { AttachmentService } from './attachment.service.js';
import { ATTACHMENT_UPLOAD_ROLES } from './attachment-upload.middleware.js';
import { contentDisposition, servedBytes } from './served-bytes.js';

@ApiTags('case file')
@ApiBearerAuth()
@Controller('petitions')
export class AttachmentsController {
  constructor(
    private readonly attachments: AttachmentService,
    private readonly accessLog: AccessLogService,
  ) {}

  @Post(':id/attachments')
  @HttpCode(HttpStatus.CREATED)
  @Roles(...ATTACHMENT_UPLOAD_ROLES)
  @ApiOperation({ summary: 'Attach a file to the case file (multipart: kind, file); the bytes are kept outside the event log, which records kind, name, size, type and SHA-256. A unit’s user attaches only to a case handed to its unit (404 otherwise)' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: ATTACHMENT_UPLOAD_SCHEMA })
  @ApiCreatedResponse({ type: AttachmentAddedResponse })
  @ApiPayloadTooLargeResponse({ description: 'Larger than ATTACHMENT_LIMIT_BYTES; nothing stored' })
  @ApiUnsupportedMediaTypeResponse({ description: 'Not PDF, JPEG or PNG, or the bytes are not the type declared' })
  @CaseCommandDocs()
  async add(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Body() body: AddAttachmentRequest,
    @Req() request: Request,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AttachmentAddedResponse> {
    const file = request.file;
    if (!file) throw validationProblem([{ field: 'file', message: 'file is required: the part holding the attachment' }]);
    const added = await this.attachments.add(petitionId, { bytes: file.buffer, declaredType: file.mimetype, fileName: file.originalname }, body, context);
    response.setHeader('Location', `/petitions/${petitionId}/attachments/${added.attachmentId}`);
    return { ...commandResponse(added.outcome, response), attachmentId: added.attachmentId, sha256: added.sha256, size: added.size, sealed: added.sealed };
  }

  @Get(':id/attachments/:aid')
  @Roles('clerk', 'auditor', 'admin', 'unit')
  @ApiOperation({ summary: 'The attachment’s bytes, checked against the SHA-256 its event records; every download is in the access log. A unit’s user reads only the attachments of a case handed to its unit (404 otherwise)' })
  @ApiOkResponse({ description: 'The file, with the media type its signature shows', content: { '*/*': { schema: { type: 'string', format: 'binary' } } } })
  @ApiGoneResponse({ description: 'Sealed under a key erasure destroyed: the bytes and the file name are shown as erased' })
  async download(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Param('aid', new ParseUUIDPipe()) attachmentId: string,
    @CurrentRequest() context: RequestContext,
    @Res() response: Response,
  ): Promise<void> {
    const { attachment, content } = await this.attachments.open(petitionId, attachmentId, context.actor);
    await this.accessLog.record(context.actor, petitionId, 'attachment', { attachmentId, kind: attachment.kind, outcome: content.state });
    if (content.state === 'erased') {
      throw new ProblemException({
        type: problemType('attachment-erased'), title: 'Erased', status: 410,
        detail: 'The attachment carried personal data that was erased on a lawful request: its bytes and file name are shredded.',
        attachment: { attachmentId, kind: attachment.kind, mediaType: attachment.mediaType, size: attachment.size, sha256: attachment.sha256, erasedFields: ['name', 'content'] },
      });
    }
    const bytes = servedBytes(content, `attachment ${attachmentId}`);
    response.status(200).type(attachment.mediaType).setHeader('Content-Disposition', contentDisposition(attachment.name ?? attachmentId, attachmentId));
    response.setHeader('Cache-Control', 'no-store').setHeader('Repr-Digest', `sha-256=:${Buffer.from(attachment.sha256, 'hex').toString('base64')}:`).send(bytes);
  }
}

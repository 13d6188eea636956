import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { CaseCommandDocs } from '../case-command.docs.js';
import { CommandResponse, commandResponse } from '../command-response.js';
import { CurrentRequest, type RequestContext } from '../request-context.js';
import { RequestReviewCommand } from './request-review.command.js';
import { RequestReviewRequest } from './request-review.request.js';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class RequestReviewController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/review')
  @HttpCode(HttpStatus.OK)
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'Record the petitioner’s request for review (复查), within 30 days of the opinion (Art. 35)' })
  @CaseCommandDocs()
  @ApiOkResponse({ type: CommandResponse })
  async request(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Body() body: RequestReviewRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    return commandResponse(await this.commandBus.execute(new RequestReviewCommand(petitionId, body, context)), response);
  }
}

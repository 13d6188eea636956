import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { CaseCommandDocs } from '../case-command.docs.js';
import { CommandResponse, commandResponse } from '../command-response.js';
import { CurrentRequest, type RequestContext } from '../request-context.js';
import { RequestFinalReviewCommand } from './request-final-review.command.js';
import { RequestFinalReviewRequest } from './request-final-review.request.js';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class RequestFinalReviewController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/final-review')
  @HttpCode(HttpStatus.OK)
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'Record the petitioner’s request for final review (复核), within 30 days of the review opinion (Art. 36)' })
  @CaseCommandDocs()
  @ApiOkResponse({ type: CommandResponse })
  async request(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Body() body: RequestFinalReviewRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    return commandResponse(await this.commandBus.execute(new RequestFinalReviewCommand(petitionId, body, context)), response);
  }
}

import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { CaseCommandDocs } from '../case-command.docs.js';
import { CommandResponse, commandResponse } from '../command-response.js';
import { CurrentRequest, type RequestContext } from '../request-context.js';
import { IssueReviewOpinionCommand } from './issue-review-opinion.command.js';
import { IssueReviewOpinionRequest } from './issue-review-opinion.request.js';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class IssueReviewOpinionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/review/opinion')
  @HttpCode(HttpStatus.OK)
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'Serve the review opinion (复查意见书)' })
  @CaseCommandDocs()
  @ApiOkResponse({ type: CommandResponse })
  async issue(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Body() body: IssueReviewOpinionRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    return commandResponse(await this.commandBus.execute(new IssueReviewOpinionCommand(petitionId, body, context)), response);
  }
}

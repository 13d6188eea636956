import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { CaseCommandDocs } from '../case-command.docs.js';
import { CommandResponse, commandResponse } from '../command-response.js';
import { CurrentRequest, type RequestContext } from '../request-context.js';
import { IssueFinalReviewOpinionCommand } from './issue-final-review-opinion.command.js';
import { IssueFinalReviewOpinionRequest } from './issue-final-review-opinion.request.js';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class IssueFinalReviewOpinionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/final-review/opinion')
  @HttpCode(HttpStatus.OK)
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'Serve the final review opinion (复核意见书); the matter is concluded (终结)' })
  @CaseCommandDocs()
  @ApiOkResponse({ type: CommandResponse })
  async issue(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Body() body: IssueFinalReviewOpinionRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    return commandResponse(await this.commandBus.execute(new IssueFinalReviewOpinionCommand(petitionId, body, context)), response);
  }
}

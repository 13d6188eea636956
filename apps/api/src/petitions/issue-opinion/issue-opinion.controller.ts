import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { CaseCommandDocs } from '../case-command.docs.js';
import { CommandResponse, commandResponse } from '../command-response.js';
import { CurrentRequest, type RequestContext } from '../request-context.js';
import { IssueOpinionCommand } from './issue-opinion.command.js';
import { IssueOpinionRequest } from './issue-opinion.request.js';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class IssueOpinionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/opinion')
  @HttpCode(HttpStatus.OK)
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'Issue and serve the handling opinion (处理意见书, Art. 32)' })
  @CaseCommandDocs()
  @ApiOkResponse({ type: CommandResponse })
  async issue(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Body() body: IssueOpinionRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    return commandResponse(await this.commandBus.execute(new IssueOpinionCommand(petitionId, body, context)), response);
  }
}

import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { CaseCommandDocs } from '../case-command.docs.js';
import { CommandResponse, commandResponse } from '../command-response.js';
import { CurrentRequest, type RequestContext } from '../request-context.js';
import { StartMediationCommand } from './start-mediation.command.js';
import { StartMediationRequest } from './start-mediation.request.js';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class StartMediationController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/mediation')
  @HttpCode(HttpStatus.OK)
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'Start a mediation (调解)' })
  @CaseCommandDocs()
  @ApiOkResponse({ type: CommandResponse })
  async start(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Body() body: StartMediationRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    return commandResponse(await this.commandBus.execute(new StartMediationCommand(petitionId, body, context)), response);
  }
}

import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { CaseCommandDocs } from '../case-command.docs.js';
import { CommandResponse, commandResponse } from '../command-response.js';
import { CurrentRequest, type RequestContext } from '../request-context.js';
import { DecideAcceptanceCommand } from './decide-acceptance.command.js';
import { DecideAcceptanceRequest } from './decide-acceptance.request.js';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class DecideAcceptanceController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/acceptance')
  @HttpCode(HttpStatus.OK)
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'Decide acceptance (受理 / 不予受理 / 转送 / 交办 / 诉访分离)' })
  @CaseCommandDocs()
  @ApiOkResponse({ type: CommandResponse })
  async decide(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Body() body: DecideAcceptanceRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    return commandResponse(await this.commandBus.execute(new DecideAcceptanceCommand(petitionId, body, context)), response);
  }
}

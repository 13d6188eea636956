import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { CaseCommandDocs } from '../case-command.docs.js';
import { CommandResponse, commandResponse } from '../command-response.js';
import { CurrentRequest, type RequestContext } from '../request-context.js';
import { RaiseObjectionCommand } from './raise-objection.command.js';
import { RaiseObjectionRequest } from './raise-objection.request.js';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class RaiseObjectionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/objection')
  @HttpCode(HttpStatus.OK)
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'The receiving unit objects to a forwarding or assignment, within 5 working days (Art. 23 ¶3)' })
  @CaseCommandDocs()
  @ApiOkResponse({ type: CommandResponse })
  async object(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Body() body: RaiseObjectionRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    return commandResponse(await this.commandBus.execute(new RaiseObjectionCommand(petitionId, body, context)), response);
  }
}

import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { CaseCommandDocs } from '../case-command.docs.js';
import { CommandResponse, commandResponse } from '../command-response.js';
import { CurrentRequest, type RequestContext } from '../request-context.js';
import { ClosePetitionCommand } from './close-petition.command.js';
import { ClosePetitionRequest } from './close-petition.request.js';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class ClosePetitionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/closure')
  @HttpCode(HttpStatus.OK)
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'Close the case (办结)' })
  @CaseCommandDocs()
  @ApiOkResponse({ type: CommandResponse })
  async close(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Body() body: ClosePetitionRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    return commandResponse(await this.commandBus.execute(new ClosePetitionCommand(petitionId, body, context)), response);
  }
}

import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { CaseCommandDocs } from '../case-command.docs.js';
import { CommandResponse, commandResponse } from '../command-response.js';
import { CurrentRequest, type RequestContext } from '../request-context.js';
import { ConcludeHearingCommand } from './conclude-hearing.command.js';
import { ConcludeHearingRequest } from './conclude-hearing.request.js';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class ConcludeHearingController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/hearings/:hid/conclusion')
  @HttpCode(HttpStatus.OK)
  @Roles('panel')
  @ApiOperation({ summary: 'The chair records the deliberated conclusion, findings, resolution plan and resolve-by date (限期办结)' })
  @CaseCommandDocs()
  @ApiOkResponse({ type: CommandResponse })
  async conclude(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Param('hid', new ParseUUIDPipe()) hearingId: string,
    @Body() body: ConcludeHearingRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    return commandResponse(await this.commandBus.execute(new ConcludeHearingCommand(petitionId, hearingId, body, context)), response);
  }
}

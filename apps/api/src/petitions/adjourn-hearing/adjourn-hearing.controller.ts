import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { CaseCommandDocs } from '../case-command.docs.js';
import { CommandResponse, commandResponse } from '../command-response.js';
import { CurrentRequest, type RequestContext } from '../request-context.js';
import { AdjournHearingCommand } from './adjourn-hearing.command.js';
import { AdjournHearingRequest } from './adjourn-hearing.request.js';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class AdjournHearingController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/hearings/:hid/adjournment')
  @HttpCode(HttpStatus.OK)
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'Adjourn or cancel a hearing, with the reason' })
  @CaseCommandDocs()
  @ApiOkResponse({ type: CommandResponse })
  async adjourn(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Param('hid', new ParseUUIDPipe()) hearingId: string,
    @Body() body: AdjournHearingRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    return commandResponse(await this.commandBus.execute(new AdjournHearingCommand(petitionId, hearingId, body, context)), response);
  }
}

import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { CaseCommandDocs } from '../case-command.docs.js';
import { CommandResponse, commandResponse } from '../command-response.js';
import { CurrentRequest, type RequestContext } from '../request-context.js';
import { RescheduleHearingCommand } from './reschedule-hearing.command.js';
import { RescheduleHearingRequest } from './reschedule-hearing.request.js';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class RescheduleHearingController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/hearings/:hid/rescheduling')
  @HttpCode(HttpStatus.OK)
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'Resume an adjourned hearing on a new date (and venue); its panel and opinions stay' })
  @CaseCommandDocs()
  @ApiOkResponse({ type: CommandResponse })
  async reschedule(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Param('hid', new ParseUUIDPipe()) hearingId: string,
    @Body() body: RescheduleHearingRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    return commandResponse(await this.commandBus.execute(new RescheduleHearingCommand(petitionId, hearingId, body, context)), response);
  }
}

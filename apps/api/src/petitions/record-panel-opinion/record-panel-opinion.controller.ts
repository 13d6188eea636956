import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { CaseCommandDocs } from '../case-command.docs.js';
import { CommandResponse, commandResponse } from '../command-response.js';
import { CurrentRequest, type RequestContext } from '../request-context.js';
import { RecordPanelOpinionCommand } from './record-panel-opinion.command.js';
import { RecordPanelOpinionRequest } from './record-panel-opinion.request.js';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class RecordPanelOpinionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/hearings/:hid/opinions')
  @HttpCode(HttpStatus.OK)
  @Roles('panel')
  @ApiOperation({ summary: 'A panel member records their own opinion; the member is the caller (token sub)' })
  @CaseCommandDocs()
  @ApiOkResponse({ type: CommandResponse })
  async record(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Param('hid', new ParseUUIDPipe()) hearingId: string,
    @Body() body: RecordPanelOpinionRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    return commandResponse(await this.commandBus.execute(new RecordPanelOpinionCommand(petitionId, hearingId, body, context)), response);
  }
}

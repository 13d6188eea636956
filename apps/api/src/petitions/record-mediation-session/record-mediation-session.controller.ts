import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { CaseCommandDocs } from '../case-command.docs.js';
import { CommandResponse, commandResponse } from '../command-response.js';
import { CurrentRequest, type RequestContext } from '../request-context.js';
import { RecordMediationSessionCommand } from './record-mediation-session.command.js';
import { RecordMediationSessionRequest } from './record-mediation-session.request.js';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class RecordMediationSessionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/mediation/sessions')
  @HttpCode(HttpStatus.OK)
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'Record a session of the running mediation, and who (if anyone) asked for a delay' })
  @CaseCommandDocs()
  @ApiOkResponse({ type: CommandResponse })
  async record(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Body() body: RecordMediationSessionRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    return commandResponse(await this.commandBus.execute(new RecordMediationSessionCommand(petitionId, body, context)), response);
  }
}

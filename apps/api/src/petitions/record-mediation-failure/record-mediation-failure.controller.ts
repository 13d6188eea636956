import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { CaseCommandDocs } from '../case-command.docs.js';
import { CommandResponse, commandResponse } from '../command-response.js';
import { CurrentRequest, type RequestContext } from '../request-context.js';
import { RecordMediationFailureCommand } from './record-mediation-failure.command.js';
import { RecordMediationFailureRequest } from './record-mediation-failure.request.js';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class RecordMediationFailureController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/mediation/failure')
  @HttpCode(HttpStatus.OK)
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'The running mediation ends without agreement' })
  @CaseCommandDocs()
  @ApiOkResponse({ type: CommandResponse })
  async record(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Body() body: RecordMediationFailureRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    return commandResponse(await this.commandBus.execute(new RecordMediationFailureCommand(petitionId, body, context)), response);
  }
}

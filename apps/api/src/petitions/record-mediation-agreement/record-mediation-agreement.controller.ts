import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { CaseCommandDocs } from '../case-command.docs.js';
import { CommandResponse, commandResponse } from '../command-response.js';
import { CurrentRequest, type RequestContext } from '../request-context.js';
import { RecordMediationAgreementCommand } from './record-mediation-agreement.command.js';
import { RecordMediationAgreementRequest } from './record-mediation-agreement.request.js';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class RecordMediationAgreementController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/mediation/agreement')
  @HttpCode(HttpStatus.OK)
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'The running mediation ends in an agreement (调解协议): terms and obligations' })
  @CaseCommandDocs()
  @ApiOkResponse({ type: CommandResponse })
  async record(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Body() body: RecordMediationAgreementRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    return commandResponse(await this.commandBus.execute(new RecordMediationAgreementCommand(petitionId, body, context)), response);
  }
}

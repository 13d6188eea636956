import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { CaseCommandDocs } from '../case-command.docs.js';
import { CommandResponse, commandResponse } from '../command-response.js';
import { CurrentRequest, type RequestContext } from '../request-context.js';
import { ExtendHandlingCommand } from './extend-handling.command.js';
import { ExtendHandlingRequest } from './extend-handling.request.js';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class ExtendHandlingController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/extension')
  @HttpCode(HttpStatus.OK)
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'Extend the handling period once, by 1–30 days (延期, Art. 34)' })
  @CaseCommandDocs()
  @ApiOkResponse({ type: CommandResponse })
  async extend(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Body() body: ExtendHandlingRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    return commandResponse(await this.commandBus.execute(new ExtendHandlingCommand(petitionId, body, context)), response);
  }
}

import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { CaseCommandDocs } from '../case-command.docs.js';
import { CommandResponse, commandResponse } from '../command-response.js';
import { CurrentRequest, type RequestContext } from '../request-context.js';
import { ReclassifyPetitionCommand } from './reclassify-petition.command.js';
import { ReclassifyPetitionRequest } from './reclassify-petition.request.js';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class ReclassifyPetitionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/reclassification')
  @HttpCode(HttpStatus.OK)
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'Change the category and/or the backlog kinds, with the reason' })
  @CaseCommandDocs()
  @ApiOkResponse({ type: CommandResponse })
  async reclassify(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Body() body: ReclassifyPetitionRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    return commandResponse(await this.commandBus.execute(new ReclassifyPetitionCommand(petitionId, body, context)), response);
  }
}

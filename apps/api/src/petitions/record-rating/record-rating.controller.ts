import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { CaseCommandDocs } from '../case-command.docs.js';
import { CommandResponse, commandResponse } from '../command-response.js';
import { CurrentRequest, type RequestContext } from '../request-context.js';
import { RecordRatingCommand } from './record-rating.command.js';
import { RecordRatingRequest } from './record-rating.request.js';

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class RecordRatingController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/rating')
  @HttpCode(HttpStatus.OK)
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'Record the petitioner’s satisfaction with a closed case, within 30 days of its closure' })
  @CaseCommandDocs()
  @ApiOkResponse({ type: CommandResponse })
  async rate(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Body() body: RecordRatingRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    return commandResponse(await this.commandBus.execute(new RecordRatingCommand(petitionId, body, context)), response);
  }
}

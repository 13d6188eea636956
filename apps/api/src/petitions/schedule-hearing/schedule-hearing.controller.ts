import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { CaseCommandDocs } from '../case-command.docs.js';
import { CommandResponse, commandResponse } from '../command-response.js';
import { CurrentRequest, type RequestContext } from '../request-context.js';
import { hearingIdFor } from './hearing-id.js';
import { ScheduleHearingCommand } from './schedule-hearing.command.js';
import { ScheduleHearingRequest } from './schedule-hearing.request.js';

export class ScheduledHearingResponse extends CommandResponse {
  @ApiProperty({ format: 'uuid', description: 'The new hearing’s id, for its opinions, conclusion and adjournment' })
  hearingId!: string;
}

@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class ScheduleHearingController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/hearings')
  @HttpCode(HttpStatus.CREATED)
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'Schedule a mock-court hearing (模拟法庭) with its panel; Location names the new hearing' })
  @CaseCommandDocs()
  @ApiCreatedResponse({ type: ScheduledHearingResponse })
  async schedule(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Body() body: ScheduleHearingRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ScheduledHearingResponse> {
    const hearingId = hearingIdFor(context);
    const outcome = await this.commandBus.execute(new ScheduleHearingCommand(petitionId, hearingId, body, context));
    response.setHeader('Location', `/petitions/${petitionId}/hearings/${hearingId}`);
    return { ...commandResponse(outcome, response), hearingId };
  }
}

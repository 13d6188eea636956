import { Body, Controller, HttpCode, HttpStatus, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { type EventStore, formatLogPosition } from '@xinfang/event-store';
import { NOTE_MAX_LENGTH } from '@xinfang/petition';
import { IsString, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { EVENT_STORE } from '../../event-store/event-store.token.js';
import { Optional } from '../../http/request-fields.js';
import { CurrentRequest, type RequestContext } from '../../http/request-context.js';
import { IsBusinessDate, IsNotBlank } from '../../http/validators.js';
import { ProjectorService } from '../../projections/projector.service.js';
import { RunCaseCommand } from '../command-path/case-command.controller.js';
import { CaseCommandDocs } from '../command-path/case-command.docs.js';
import { CommandResponse, commandResponse } from '../command-path/command-response.js';

export class SignOffRequest {
  @ApiPropertyOptional({ format: 'date', description: 'YYYY-MM-DD; defaults to today; no earlier than SIGN_OFF_WAITING_DAYS (90) days after the resolution' })
  @Optional() @IsBusinessDate()
  signedOffOn?: string;

  @ApiPropertyOptional({ maxLength: NOTE_MAX_LENGTH })
  @Optional() @IsString() @IsNotBlank() @MaxLength(NOTE_MAX_LENGTH)
  note?: string;
}

/**
 * 销号. A petition on the same matter by the same person reaches this case as a rebound through a
 * reactor on the event log; the sign-off first waits until the log as it stands has been through it
 * (and every read model), so a petition registered before this request is never missed.
 */
@ApiTags('petitions')
@ApiBearerAuth()
@Controller('petitions')
export class SignOffController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly projector: ProjectorService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post(':id/sign-off')
  @HttpCode(HttpStatus.OK)
  @Roles('clerk', 'admin')
  @ApiOperation({
    summary: 'Sign a resolved programme case off (销号): no earlier than the waiting period after its resolution (422 naming the earliest date); refused (409) after a rebound until it is resolved again',
  })
  @CaseCommandDocs()
  @ApiOkResponse({ type: CommandResponse })
  @ApiServiceUnavailableResponse({ description: 'The log has not been checked for later petitions on the matter yet; retry shortly' })
  async signOff(
    @Param('id', new ParseUUIDPipe()) petitionId: string,
    @Body() body: SignOffRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const head = await this.store.headPosition();
    if (head) await this.projector.waitFor(formatLogPosition(head));
    const input = { type: 'SignOffProgrammeCase', data: { ...body, waitingDays: this.config.signOffWaitingDays } } as const;
    return commandResponse(await this.commandBus.execute(new RunCaseCommand(petitionId, input, context)), response);
  }
}

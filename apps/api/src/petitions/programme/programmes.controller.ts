import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { formatLogPosition } from '@xinfang/event-store';
import type { Response } from 'express';
import { Roles } from '../../auth/roles.decorator.js';
import { mintedId } from '../../http/deterministic-ids.js';
import { CurrentRequest, type RequestContext } from '../../http/request-context.js';
import { RunCaseCommand } from '../command-path/case-command.controller.js';
import { CaseCommandDocs } from '../command-path/case-command.docs.js';
import { commandResponse } from '../command-path/command-response.js';
import { EnrolCaseRequest, EnrolledResponse, OpenProgrammeRequest, ProgrammeOpenedResponse } from './programme.requests.js';
import { ProgrammeStreams } from './programme-streams.js';

/** 积案化解 programmes: opened on a stream of their own; a case is enrolled on its own stream. */
@ApiTags('programmes')
@ApiBearerAuth()
@Controller('programmes')
export class ProgrammesController {
  constructor(
    private readonly programmes: ProgrammeStreams,
    private readonly commandBus: CommandBus,
  ) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles('clerk', 'admin')
  @ApiOperation({ summary: 'Open a programme over long-standing matters (积案化解, 模拟法庭): name, period, criteria, targets, owner' })
  @ApiCreatedResponse({ type: ProgrammeOpenedResponse })
  @ApiUnprocessableEntityResponse({ description: 'A rule refuses it (a period that ends before it starts, a date ahead): `errors` names each' })
  async open(@Body() body: OpenProgrammeRequest, @CurrentRequest() context: RequestContext, @Res({ passthrough: true }) response: Response): Promise<ProgrammeOpenedResponse> {
    const programmeId = mintedId(context, 'programme');
    const { targets, ...facts } = body;
    const outcome = await this.programmes.open({ ...facts, programmeId, targets: { ...targets } }, context);
    response.setHeader('Location', `/programmes/${programmeId}`);
    return { programmeId, version: outcome.version, position: formatLogPosition(outcome.position) };
  }

  @Post(':pid/enrolments')
  @HttpCode(HttpStatus.CREATED)
  @Roles('clerk', 'admin')
  @ApiOperation({
    summary: 'Enrol a case in any stage (registered, closed, concluded …) in the programme: track, reason, owning leader, target date; its lifecycle and statutory clocks stay as they are',
  })
  @ApiCreatedResponse({ type: EnrolledResponse, description: 'The case’s new version (ETag) and stage; Location names the case' })
  @ApiNotFoundResponse({ description: 'No such programme, or no such petition' })
  @ApiConflictResponse({ description: 'The case is already in an open programme' })
  @ApiUnprocessableEntityResponse({ description: 'A rule refuses it (outside the programme’s period, a target date not after the enrolment …): `errors` names each' })
  @CaseCommandDocs()
  async enrol(
    @Param('pid', new ParseUUIDPipe()) programmeId: string,
    @Body() body: EnrolCaseRequest,
    @CurrentRequest() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<EnrolledResponse> {
    const { name, periodFrom, periodTo } = await this.programmes.existing(programmeId);
    const { petitionId, ...enrolment } = body;
    const input = { type: 'EnrolInProgramme', data: { ...enrolment, programme: { programmeId, name, periodFrom, periodTo } } } as const;
    const outcome = await this.commandBus.execute(new RunCaseCommand(petitionId, input, context));
    response.setHeader('Location', `/petitions/${petitionId}`);
    return { ...commandResponse(outcome, response), programmeId };
  }
}

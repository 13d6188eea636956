import { Command } from '@nestjs/cqrs';
import type { CommandOutcome } from '../petition-command-runner.js';
import type { RequestContext } from '../request-context.js';
import type { ScheduleHearingRequest } from './schedule-hearing.request.js';

export class ScheduleHearingCommand extends Command<CommandOutcome> {
  constructor(
    readonly petitionId: string,
    readonly hearingId: string,
    readonly request: ScheduleHearingRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}

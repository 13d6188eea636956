import { Command } from '@nestjs/cqrs';
import type { CommandOutcome } from '../petition-command-runner.js';
import type { RequestContext } from '../request-context.js';
import type { RescheduleHearingRequest } from './reschedule-hearing.request.js';

export class RescheduleHearingCommand extends Command<CommandOutcome> {
  constructor(
    readonly petitionId: string,
    readonly hearingId: string,
    readonly request: RescheduleHearingRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}

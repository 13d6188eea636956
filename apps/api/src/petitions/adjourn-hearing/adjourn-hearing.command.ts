import { Command } from '@nestjs/cqrs';
import type { CommandOutcome } from '../petition-command-runner.js';
import type { RequestContext } from '../request-context.js';
import type { AdjournHearingRequest } from './adjourn-hearing.request.js';

export class AdjournHearingCommand extends Command<CommandOutcome> {
  constructor(
    readonly petitionId: string,
    readonly hearingId: string,
    readonly request: AdjournHearingRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}

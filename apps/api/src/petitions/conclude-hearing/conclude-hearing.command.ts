import { Command } from '@nestjs/cqrs';
import type { CommandOutcome } from '../petition-command-runner.js';
import type { RequestContext } from '../request-context.js';
import type { ConcludeHearingRequest } from './conclude-hearing.request.js';

export class ConcludeHearingCommand extends Command<CommandOutcome> {
  constructor(
    readonly petitionId: string,
    readonly hearingId: string,
    readonly request: ConcludeHearingRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}

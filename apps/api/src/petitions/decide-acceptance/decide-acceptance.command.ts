import { Command } from '@nestjs/cqrs';
import type { CommandOutcome } from '../petition-command-runner.js';
import type { RequestContext } from '../request-context.js';
import type { DecideAcceptanceRequest } from './decide-acceptance.request.js';

export class DecideAcceptanceCommand extends Command<CommandOutcome> {
  constructor(
    readonly petitionId: string,
    readonly request: DecideAcceptanceRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';
import type { CommandOutcome } from '../petition-command-runner.js';
import type { RequestContext } from '../request-context.js';
import type { StartMediationRequest } from './start-mediation.request.js';

export class StartMediationCommand extends Command<CommandOutcome> {
  constructor(
    readonly petitionId: string,
    readonly request: StartMediationRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}

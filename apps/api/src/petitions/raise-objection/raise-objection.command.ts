import { Command } from '@nestjs/cqrs';
import type { CommandOutcome } from '../petition-command-runner.js';
import type { RequestContext } from '../request-context.js';
import type { RaiseObjectionRequest } from './raise-objection.request.js';

export class RaiseObjectionCommand extends Command<CommandOutcome> {
  constructor(
    readonly petitionId: string,
    readonly request: RaiseObjectionRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}

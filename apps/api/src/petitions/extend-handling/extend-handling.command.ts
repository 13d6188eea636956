import { Command } from '@nestjs/cqrs';
import type { CommandOutcome } from '../petition-command-runner.js';
import type { RequestContext } from '../request-context.js';
import type { ExtendHandlingRequest } from './extend-handling.request.js';

export class ExtendHandlingCommand extends Command<CommandOutcome> {
  constructor(
    readonly petitionId: string,
    readonly request: ExtendHandlingRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';
import type { CommandOutcome } from '../petition-command-runner.js';
import type { RequestContext } from '../request-context.js';
import type { ClosePetitionRequest } from './close-petition.request.js';

export class ClosePetitionCommand extends Command<CommandOutcome> {
  constructor(
    readonly petitionId: string,
    readonly request: ClosePetitionRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}

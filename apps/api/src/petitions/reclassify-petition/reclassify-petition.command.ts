import { Command } from '@nestjs/cqrs';
import type { CommandOutcome } from '../petition-command-runner.js';
import type { RequestContext } from '../request-context.js';
import type { ReclassifyPetitionRequest } from './reclassify-petition.request.js';

export class ReclassifyPetitionCommand extends Command<CommandOutcome> {
  constructor(
    readonly petitionId: string,
    readonly request: ReclassifyPetitionRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}

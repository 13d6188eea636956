import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../http/request-context.js';
import type { CommandOutcome } from '../command-path/petition-command-runner.js';
import type { RegisterPetitionRequest } from './register-petition.request.js';

export class RegisterPetitionCommand extends Command<CommandOutcome> {
  constructor(
    readonly petitionId: string,
    readonly request: RegisterPetitionRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}

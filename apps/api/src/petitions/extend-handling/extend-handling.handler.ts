import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandOutcome, PetitionCommandRunner } from '../petition-command-runner.js';
import { ExtendHandlingCommand } from './extend-handling.command.js';

@CommandHandler(ExtendHandlingCommand)
export class ExtendHandlingHandler implements ICommandHandler<ExtendHandlingCommand> {
  constructor(private readonly runner: PetitionCommandRunner) {}

  execute({ petitionId, request, context }: ExtendHandlingCommand): Promise<CommandOutcome> {
    return this.runner.run(petitionId, { type: 'ExtendHandling', data: { ...request } }, context);
  }
}

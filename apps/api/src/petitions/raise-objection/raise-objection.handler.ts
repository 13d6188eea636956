import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandOutcome, PetitionCommandRunner } from '../petition-command-runner.js';
import { RaiseObjectionCommand } from './raise-objection.command.js';

@CommandHandler(RaiseObjectionCommand)
export class RaiseObjectionHandler implements ICommandHandler<RaiseObjectionCommand> {
  constructor(private readonly runner: PetitionCommandRunner) {}

  execute({ petitionId, request, context }: RaiseObjectionCommand): Promise<CommandOutcome> {
    return this.runner.run(petitionId, { type: 'RaiseObjection', data: { ...request } }, context);
  }
}

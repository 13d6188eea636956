import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandOutcome, PetitionCommandRunner } from '../petition-command-runner.js';
import { StartMediationCommand } from './start-mediation.command.js';

@CommandHandler(StartMediationCommand)
export class StartMediationHandler implements ICommandHandler<StartMediationCommand> {
  constructor(private readonly runner: PetitionCommandRunner) {}

  execute({ petitionId, request, context }: StartMediationCommand): Promise<CommandOutcome> {
    return this.runner.run(petitionId, { type: 'StartMediation', data: { ...request } }, context);
  }
}

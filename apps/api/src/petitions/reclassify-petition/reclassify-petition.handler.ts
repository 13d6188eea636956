import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandOutcome, PetitionCommandRunner } from '../petition-command-runner.js';
import { ReclassifyPetitionCommand } from './reclassify-petition.command.js';

@CommandHandler(ReclassifyPetitionCommand)
export class ReclassifyPetitionHandler implements ICommandHandler<ReclassifyPetitionCommand> {
  constructor(private readonly runner: PetitionCommandRunner) {}

  execute({ petitionId, request, context }: ReclassifyPetitionCommand): Promise<CommandOutcome> {
    return this.runner.run(petitionId, { type: 'Reclassify', data: { ...request } }, context);
  }
}

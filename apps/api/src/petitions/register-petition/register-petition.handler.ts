import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { shanghaiDate } from '@xinfang/petition';
import { type CommandOutcome, PetitionCommandRunner } from '../petition-command-runner.js';
import { RegisterPetitionCommand } from './register-petition.command.js';

@CommandHandler(RegisterPetitionCommand)
export class RegisterPetitionHandler implements ICommandHandler<RegisterPetitionCommand> {
  constructor(private readonly runner: PetitionCommandRunner) {}

  execute({ petitionId, request, context }: RegisterPetitionCommand): Promise<CommandOutcome> {
    const { receivedAt, petitioners, ...rest } = request;
    return this.runner.run(
      petitionId,
      {
        type: 'RegisterPetition',
        data: { ...rest, petitionId, petitioners: petitioners.map((petitioner) => ({ ...petitioner })), receivedAt: receivedAt ?? shanghaiDate(context.now) },
      },
      context,
    );
  }
}

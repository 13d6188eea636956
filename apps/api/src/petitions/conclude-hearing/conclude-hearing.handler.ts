import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandOutcome, PetitionCommandRunner } from '../petition-command-runner.js';
import { ConcludeHearingCommand } from './conclude-hearing.command.js';

@CommandHandler(ConcludeHearingCommand)
export class ConcludeHearingHandler implements ICommandHandler<ConcludeHearingCommand> {
  constructor(private readonly runner: PetitionCommandRunner) {}

  execute({ petitionId, hearingId, request, context }: ConcludeHearingCommand): Promise<CommandOutcome> {
    return this.runner.run(petitionId, { type: 'ConcludeHearing', data: { ...request, hearingId } }, context);
  }
}

import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandOutcome, PetitionCommandRunner } from '../petition-command-runner.js';
import { RescheduleHearingCommand } from './reschedule-hearing.command.js';

@CommandHandler(RescheduleHearingCommand)
export class RescheduleHearingHandler implements ICommandHandler<RescheduleHearingCommand> {
  constructor(private readonly runner: PetitionCommandRunner) {}

  execute({ petitionId, hearingId, request, context }: RescheduleHearingCommand): Promise<CommandOutcome> {
    return this.runner.run(petitionId, { type: 'RescheduleHearing', data: { ...request, hearingId } }, context);
  }
}

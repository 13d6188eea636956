import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandOutcome, PetitionCommandRunner } from '../petition-command-runner.js';
import { AdjournHearingCommand } from './adjourn-hearing.command.js';

/** One route, two domain commands: an adjournment puts the hearing off, a cancellation ends it. */
@CommandHandler(AdjournHearingCommand)
export class AdjournHearingHandler implements ICommandHandler<AdjournHearingCommand> {
  constructor(private readonly runner: PetitionCommandRunner) {}

  execute({ petitionId, hearingId, request, context }: AdjournHearingCommand): Promise<CommandOutcome> {
    const { action, reason, adjournedOn, cancelledOn } = request;
    if (action === 'cancel') {
      return this.runner.run(petitionId, { type: 'CancelHearing', data: { hearingId, reason, ...(cancelledOn !== undefined && { cancelledOn }) } }, context);
    }
    return this.runner.run(petitionId, { type: 'AdjournHearing', data: { hearingId, reason, ...(adjournedOn !== undefined && { adjournedOn }) } }, context);
  }
}

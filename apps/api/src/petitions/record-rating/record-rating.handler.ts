import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandOutcome, PetitionCommandRunner } from '../petition-command-runner.js';
import { RecordRatingCommand } from './record-rating.command.js';

@CommandHandler(RecordRatingCommand)
export class RecordRatingHandler implements ICommandHandler<RecordRatingCommand> {
  constructor(private readonly runner: PetitionCommandRunner) {}

  execute({ petitionId, request, context }: RecordRatingCommand): Promise<CommandOutcome> {
    return this.runner.run(petitionId, { type: 'RecordRating', data: { ...request } }, context);
  }
}

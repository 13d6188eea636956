import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandOutcome, PetitionCommandRunner } from '../petition-command-runner.js';
import { RequestReviewCommand } from './request-review.command.js';

@CommandHandler(RequestReviewCommand)
export class RequestReviewHandler implements ICommandHandler<RequestReviewCommand> {
  constructor(private readonly runner: PetitionCommandRunner) {}

  execute({ petitionId, request, context }: RequestReviewCommand): Promise<CommandOutcome> {
    return this.runner.run(petitionId, { type: 'RequestReview', data: { ...request } }, context);
  }
}

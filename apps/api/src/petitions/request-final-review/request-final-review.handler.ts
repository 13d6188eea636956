import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandOutcome, PetitionCommandRunner } from '../petition-command-runner.js';
import { RequestFinalReviewCommand } from './request-final-review.command.js';

@CommandHandler(RequestFinalReviewCommand)
export class RequestFinalReviewHandler implements ICommandHandler<RequestFinalReviewCommand> {
  constructor(private readonly runner: PetitionCommandRunner) {}

  execute({ petitionId, request, context }: RequestFinalReviewCommand): Promise<CommandOutcome> {
    return this.runner.run(petitionId, { type: 'RequestFinalReview', data: { ...request } }, context);
  }
}

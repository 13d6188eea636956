import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandOutcome, PetitionCommandRunner } from '../petition-command-runner.js';
import { IssueFinalReviewOpinionCommand } from './issue-final-review-opinion.command.js';

@CommandHandler(IssueFinalReviewOpinionCommand)
export class IssueFinalReviewOpinionHandler implements ICommandHandler<IssueFinalReviewOpinionCommand> {
  constructor(private readonly runner: PetitionCommandRunner) {}

  execute({ petitionId, request, context }: IssueFinalReviewOpinionCommand): Promise<CommandOutcome> {
    return this.runner.run(petitionId, { type: 'IssueFinalReviewOpinion', data: { ...request } }, context);
  }
}

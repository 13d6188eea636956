import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandOutcome, PetitionCommandRunner } from '../petition-command-runner.js';
import { IssueReviewOpinionCommand } from './issue-review-opinion.command.js';

@CommandHandler(IssueReviewOpinionCommand)
export class IssueReviewOpinionHandler implements ICommandHandler<IssueReviewOpinionCommand> {
  constructor(private readonly runner: PetitionCommandRunner) {}

  execute({ petitionId, request, context }: IssueReviewOpinionCommand): Promise<CommandOutcome> {
    return this.runner.run(petitionId, { type: 'IssueReviewOpinion', data: { ...request } }, context);
  }
}

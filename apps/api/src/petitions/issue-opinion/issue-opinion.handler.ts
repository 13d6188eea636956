import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandOutcome, PetitionCommandRunner } from '../petition-command-runner.js';
import { IssueOpinionCommand } from './issue-opinion.command.js';

@CommandHandler(IssueOpinionCommand)
export class IssueOpinionHandler implements ICommandHandler<IssueOpinionCommand> {
  constructor(private readonly runner: PetitionCommandRunner) {}

  execute({ petitionId, request, context }: IssueOpinionCommand): Promise<CommandOutcome> {
    return this.runner.run(petitionId, { type: 'IssueOpinion', data: { ...request } }, context);
  }
}

import { Command } from '@nestjs/cqrs';
import type { CommandOutcome } from '../petition-command-runner.js';
import type { RequestContext } from '../request-context.js';
import type { IssueOpinionRequest } from './issue-opinion.request.js';

export class IssueOpinionCommand extends Command<CommandOutcome> {
  constructor(
    readonly petitionId: string,
    readonly request: IssueOpinionRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}

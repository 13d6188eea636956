import { Command } from '@nestjs/cqrs';
import type { CommandOutcome } from '../petition-command-runner.js';
import type { RequestContext } from '../request-context.js';
import type { IssueReviewOpinionRequest } from './issue-review-opinion.request.js';

export class IssueReviewOpinionCommand extends Command<CommandOutcome> {
  constructor(
    readonly petitionId: string,
    readonly request: IssueReviewOpinionRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}

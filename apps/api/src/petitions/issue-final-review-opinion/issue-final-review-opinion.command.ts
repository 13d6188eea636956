import { Command } from '@nestjs/cqrs';
import type { CommandOutcome } from '../petition-command-runner.js';
import type { RequestContext } from '../request-context.js';
import type { IssueFinalReviewOpinionRequest } from './issue-final-review-opinion.request.js';

export class IssueFinalReviewOpinionCommand extends Command<CommandOutcome> {
  constructor(
    readonly petitionId: string,
    readonly request: IssueFinalReviewOpinionRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}

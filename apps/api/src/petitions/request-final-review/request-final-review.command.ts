import { Command } from '@nestjs/cqrs';
import type { CommandOutcome } from '../petition-command-runner.js';
import type { RequestContext } from '../request-context.js';
import type { RequestFinalReviewRequest } from './request-final-review.request.js';

export class RequestFinalReviewCommand extends Command<CommandOutcome> {
  constructor(
    readonly petitionId: string,
    readonly request: RequestFinalReviewRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}

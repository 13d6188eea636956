import { Command } from '@nestjs/cqrs';
import type { CommandOutcome } from '../petition-command-runner.js';
import type { RequestContext } from '../request-context.js';
import type { RequestReviewRequest } from './request-review.request.js';

export class RequestReviewCommand extends Command<CommandOutcome> {
  constructor(
    readonly petitionId: string,
    readonly request: RequestReviewRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}

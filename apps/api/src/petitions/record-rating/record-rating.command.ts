import { Command } from '@nestjs/cqrs';
import type { CommandOutcome } from '../petition-command-runner.js';
import type { RequestContext } from '../request-context.js';
import type { RecordRatingRequest } from './record-rating.request.js';

export class RecordRatingCommand extends Command<CommandOutcome> {
  constructor(
    readonly petitionId: string,
    readonly request: RecordRatingRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}

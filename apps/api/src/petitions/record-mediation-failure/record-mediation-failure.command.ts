import { Command } from '@nestjs/cqrs';
import type { CommandOutcome } from '../petition-command-runner.js';
import type { RequestContext } from '../request-context.js';
import type { RecordMediationFailureRequest } from './record-mediation-failure.request.js';

export class RecordMediationFailureCommand extends Command<CommandOutcome> {
  constructor(
    readonly petitionId: string,
    readonly request: RecordMediationFailureRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}

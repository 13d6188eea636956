import { Command } from '@nestjs/cqrs';
import type { CommandOutcome } from '../petition-command-runner.js';
import type { RequestContext } from '../request-context.js';
import type { RecordMediationSessionRequest } from './record-mediation-session.request.js';

export class RecordMediationSessionCommand extends Command<CommandOutcome> {
  constructor(
    readonly petitionId: string,
    readonly request: RecordMediationSessionRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}

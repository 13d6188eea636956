import { Command } from '@nestjs/cqrs';
import type { CommandOutcome } from '../petition-command-runner.js';
import type { RequestContext } from '../request-context.js';
import type { RecordMediationAgreementRequest } from './record-mediation-agreement.request.js';

export class RecordMediationAgreementCommand extends Command<CommandOutcome> {
  constructor(
    readonly petitionId: string,
    readonly request: RecordMediationAgreementRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}

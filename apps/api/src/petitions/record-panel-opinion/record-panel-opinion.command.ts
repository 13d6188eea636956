import { Command } from '@nestjs/cqrs';
import type { CommandOutcome } from '../petition-command-runner.js';
import type { RequestContext } from '../request-context.js';
import type { RecordPanelOpinionRequest } from './record-panel-opinion.request.js';

export class RecordPanelOpinionCommand extends Command<CommandOutcome> {
  constructor(
    readonly petitionId: string,
    readonly hearingId: string,
    readonly request: RecordPanelOpinionRequest,
    readonly context: RequestContext,
  ) {
    super();
  }
}

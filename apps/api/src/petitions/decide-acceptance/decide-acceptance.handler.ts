import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AcceptanceDecision } from '@xinfang/petition';
import { type CommandOutcome, PetitionCommandRunner } from '../petition-command-runner.js';
import { DecideAcceptanceCommand } from './decide-acceptance.command.js';
import type { DecideAcceptanceRequest } from './decide-acceptance.request.js';

@CommandHandler(DecideAcceptanceCommand)
export class DecideAcceptanceHandler implements ICommandHandler<DecideAcceptanceCommand> {
  constructor(private readonly runner: PetitionCommandRunner) {}

  execute({ petitionId, request, context }: DecideAcceptanceCommand): Promise<CommandOutcome> {
    const data = { ...toDecision(request), ...(request.decidedAt ? { decidedAt: request.decidedAt } : {}) };
    return this.runner.run(petitionId, { type: 'DecideAcceptance', data }, context);
  }
}

/** The request DTO has been validated, so each decision's own fields are present. */
function toDecision(request: DecideAcceptanceRequest): AcceptanceDecision {
  const note = request.note ? { note: request.note } : {};
  switch (request.decision) {
    case 'accepted': {
      const { handlerId, newFactsAndReasons } = request;
      return { decision: 'accepted', handlingUnit: request.handlingUnit!, ...note, ...(handlerId !== undefined && { handlerId }), ...(newFactsAndReasons !== undefined && { newFactsAndReasons }) };
    }
    case 'not_accepted':
      return { decision: 'not_accepted', reason: request.reason! };
    case 'forwarded':
    case 'assigned':
      return { decision: request.decision, toUnit: request.toUnit!, ...note };
    case 'diverted':
      return { decision: 'diverted', toOrgan: request.toOrgan!, ...(request.reason ? { reason: request.reason } : {}) };
  }
}

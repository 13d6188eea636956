import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ClosureDecision } from '@xinfang/petition';
import { type CommandOutcome, PetitionCommandRunner } from '../petition-command-runner.js';
import { ClosePetitionCommand } from './close-petition.command.js';
import type { ClosePetitionRequest } from './close-petition.request.js';

@CommandHandler(ClosePetitionCommand)
export class ClosePetitionHandler implements ICommandHandler<ClosePetitionCommand> {
  constructor(private readonly runner: PetitionCommandRunner) {}

  execute({ petitionId, request, context }: ClosePetitionCommand): Promise<CommandOutcome> {
    const { closedOn, note } = request;
    const data = { ...toDecision(request), ...(closedOn !== undefined && { closedOn }), ...(note !== undefined && { note }) };
    return this.runner.run(petitionId, { type: 'ClosePetition', data }, context);
  }
}

/** The request DTO has been validated, so each outcome's own fields are present. */
function toDecision(request: ClosePetitionRequest): ClosureDecision {
  switch (request.outcome) {
    case 'opinion_served':
    case 'resolved_by_mediation':
      return { outcome: request.outcome };
    case 'withdrawn':
      return { outcome: 'withdrawn', reason: request.reason! };
    case 'diverted':
      return { outcome: 'diverted', toOrgan: request.toOrgan!, ...(request.reason !== undefined && { reason: request.reason }) };
  }
}

import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandOutcome, PetitionCommandRunner } from '../petition-command-runner.js';
import { RecordMediationFailureCommand } from './record-mediation-failure.command.js';

@CommandHandler(RecordMediationFailureCommand)
export class RecordMediationFailureHandler implements ICommandHandler<RecordMediationFailureCommand> {
  constructor(private readonly runner: PetitionCommandRunner) {}

  execute({ petitionId, request, context }: RecordMediationFailureCommand): Promise<CommandOutcome> {
    return this.runner.run(petitionId, { type: 'RecordMediationFailure', data: { ...request } }, context);
  }
}

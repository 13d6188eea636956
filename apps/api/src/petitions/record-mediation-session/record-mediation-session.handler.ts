import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandOutcome, PetitionCommandRunner } from '../petition-command-runner.js';
import { RecordMediationSessionCommand } from './record-mediation-session.command.js';

@CommandHandler(RecordMediationSessionCommand)
export class RecordMediationSessionHandler implements ICommandHandler<RecordMediationSessionCommand> {
  constructor(private readonly runner: PetitionCommandRunner) {}

  execute({ petitionId, request, context }: RecordMediationSessionCommand): Promise<CommandOutcome> {
    return this.runner.run(petitionId, { type: 'RecordMediationSession', data: { ...request } }, context);
  }
}

import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandOutcome, PetitionCommandRunner } from '../petition-command-runner.js';
import { RecordMediationAgreementCommand } from './record-mediation-agreement.command.js';

@CommandHandler(RecordMediationAgreementCommand)
export class RecordMediationAgreementHandler implements ICommandHandler<RecordMediationAgreementCommand> {
  constructor(private readonly runner: PetitionCommandRunner) {}

  execute({ petitionId, request, context }: RecordMediationAgreementCommand): Promise<CommandOutcome> {
    const { obligations, ...rest } = request;
    const data = { ...rest, obligations: obligations.map((obligation) => ({ ...obligation })) };
    return this.runner.run(petitionId, { type: 'RecordMediationAgreement', data }, context);
  }
}

import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandOutcome, PetitionCommandRunner } from '../petition-command-runner.js';
import { RecordPanelOpinionCommand } from './record-panel-opinion.command.js';

@CommandHandler(RecordPanelOpinionCommand)
export class RecordPanelOpinionHandler implements ICommandHandler<RecordPanelOpinionCommand> {
  constructor(private readonly runner: PetitionCommandRunner) {}

  /** The member is whoever the token says is calling: nobody records an opinion in another's name. */
  execute({ petitionId, hearingId, request, context }: RecordPanelOpinionCommand): Promise<CommandOutcome> {
    return this.runner.run(petitionId, { type: 'RecordPanelOpinion', data: { ...request, hearingId, memberId: context.actor.id } }, context);
  }
}

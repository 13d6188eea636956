import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandOutcome, PetitionCommandRunner } from '../petition-command-runner.js';
import { ScheduleHearingCommand } from './schedule-hearing.command.js';

@CommandHandler(ScheduleHearingCommand)
export class ScheduleHearingHandler implements ICommandHandler<ScheduleHearingCommand> {
  constructor(private readonly runner: PetitionCommandRunner) {}

  execute({ petitionId, hearingId, request, context }: ScheduleHearingCommand): Promise<CommandOutcome> {
    const { panel, attendees, ...rest } = request;
    const data = { ...rest, hearingId, panel: panel.map((member) => ({ ...member })), attendees: { ...attendees } };
    return this.runner.run(petitionId, { type: 'ScheduleHearing', data }, context);
  }
}

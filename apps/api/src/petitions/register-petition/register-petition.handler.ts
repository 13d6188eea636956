import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { shanghaiDate } from '@xinfang/petition';
import { RepeatMatterFinder } from '../../read-models/cases/repeat-matter-finder.js';
import { type CommandOutcome, PetitionCommandRunner } from '../petition-command-runner.js';
import { RegisterPetitionCommand } from './register-petition.command.js';

@CommandHandler(RegisterPetitionCommand)
export class RegisterPetitionHandler implements ICommandHandler<RegisterPetitionCommand> {
  constructor(
    private readonly runner: PetitionCommandRunner,
    private readonly earlierCases: RepeatMatterFinder,
  ) {}

  async execute({ petitionId, request, context }: RegisterPetitionCommand): Promise<CommandOutcome> {
    const { receivedAt, petitioners, ...rest } = request;
    const earlier = await this.earlierCases.find(petitioners, request.category, request.responsibleUnit, petitionId);
    return this.runner.run(
      petitionId,
      {
        type: 'RegisterPetition',
        data: {
          ...rest,
          petitionId,
          petitioners: petitioners.map((petitioner) => ({ ...petitioner })),
          receivedAt: receivedAt ?? shanghaiDate(context.now),
          ...(earlier.related.length > 0 ? { relatedCases: earlier.related } : {}),
          ...(earlier.priorConcluded.length > 0 ? { priorConcludedCases: earlier.priorConcluded } : {}),
        },
      },
      context,
    );
  }
}

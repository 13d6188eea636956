import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { shanghaiDate } from '@xinfang/petition';
import { type CommandOutcome, PetitionCommandRunner } from '../command-path/petition-command-runner.js';
import { CASE_LINKS, type CaseLinks } from '../command-path/case-links.port.js';
import { RegisterPetitionCommand } from './register-petition.command.js';

@CommandHandler(RegisterPetitionCommand)
export class RegisterPetitionHandler implements ICommandHandler<RegisterPetitionCommand> {
  constructor(
    private readonly runner: PetitionCommandRunner,
    @Inject(CASE_LINKS) private readonly caseLinks: CaseLinks,
  ) {}

  async execute({ petitionId, request, context }: RegisterPetitionCommand): Promise<CommandOutcome> {
    const { receivedAt, petitioners, ...rest } = request;
    const earlier = await this.caseLinks.earlierCases(petitioners, request.category, request.responsibleUnit, petitionId);
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

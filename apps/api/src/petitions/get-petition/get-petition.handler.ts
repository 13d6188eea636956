import { ForbiddenException, Inject, NotFoundException } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type ExistingPetition, isPanelMemberOf, withoutPersonalData } from '@xinfang/petition';
import { CASE_LINKS, type CaseLinks } from '../command-path/case-links.port.js';
import { CaseLoader } from '../../event-codec/case-loader.js';
import { GetPetitionQuery } from './get-petition.query.js';
import { petitionView, type PetitionView } from './petition.view.js';

@QueryHandler(GetPetitionQuery)
export class GetPetitionHandler implements IQueryHandler<GetPetitionQuery> {
  constructor(
    private readonly cases: CaseLoader,
    @Inject(CASE_LINKS) private readonly caseLinks: CaseLinks,
  ) {}

  async execute({ petitionId, reader }: GetPetitionQuery): Promise<PetitionView> {
    const { recorded, state } = await this.cases.load(petitionId);
    if (state.status === 'none') throw new NotFoundException(`There is no petition ${petitionId}`);
    if (reader.role === 'panel' && !isPanelMemberOf(state, reader.id)) {
      throw new ForbiddenException('A panel member may read only the cases whose hearing they sit on');
    }
    // A panel member needs to know who petitions, not their ID number, phone or address.
    const shown: ExistingPetition = reader.role === 'panel' ? withoutPersonalData(state) : state;
    return { ...petitionView(petitionId, shown, recorded), laterRelatedCases: await this.caseLinks.laterCases(petitionId) };
  }
}

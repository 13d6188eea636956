import { Inject, NotFoundException } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type CaseLink, type ExistingPetition, isConfidentialFrom, shanghaiDate, type UnitDirectory, withoutPersonalData } from '@xinfang/petition';
import { CalendarService } from '../../calendar/calendar.service.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { CaseReaders } from '../../units/case-readers.js';
import { UnitDirectoryService } from '../../units/unit-directory.service.js';
import { CASE_LINKS, type CaseLinks } from '../command-path/case-links.port.js';
import { CurrentCaseLoader } from '../command-path/current-case.js';
import { caseClockViews } from './clock.view.js';
import { GetPetitionQuery } from './get-petition.query.js';
import { petitionView, type PetitionView, type UnitRefView } from './petition.view.js';

@QueryHandler(GetPetitionQuery)
export class GetPetitionHandler implements IQueryHandler<GetPetitionQuery> {
  constructor(
    private readonly cases: CurrentCaseLoader,
    @Inject(CASE_LINKS) private readonly caseLinks: CaseLinks,
    private readonly calendar: CalendarService,
    private readonly units: UnitDirectoryService,
    private readonly readers: CaseReaders,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ petitionId, reader }: GetPetitionQuery): Promise<PetitionView> {
    const loaded = await this.cases.load(petitionId, { withSteps: true });
    const { state } = loaded;
    if (state.status === 'none') throw new NotFoundException(`There is no petition ${petitionId}`);
    await this.readers.assertMayRead(petitionId, state, reader);
    const units = await this.units.current();
    // A panel member needs to know who petitions, not their ID number, phone or address.
    const unredacted: ExistingPetition = reader.role === 'panel' ? withoutPersonalData(state) : state;
    const later = await this.caseLinks.laterCases(petitionId);
    // The petitioner's other cases are named to a unit's user only when that unit may see them: an
    // accusation against the unit (Art. 30) is not even named to it as a related or later case.
    const hidden = reader.role === 'unit' ? await this.accusationsAgainst([...later, ...state.relatedCases, ...state.priorConcludedCases], reader.unit ?? '', units) : new Set<string>();
    const visible = (links: CaseLink[]) => links.filter((link) => !hidden.has(link.petitionId));
    const shown: ExistingPetition = hidden.size === 0 ? unredacted : { ...unredacted, relatedCases: visible(unredacted.relatedCases), priorConcludedCases: visible(unredacted.priorConcludedCases) };
    return {
      ...petitionView(petitionId, shown, { version: loaded.version, position: loaded.position!, steps: this.cases.steps(loaded) }),
      laterRelatedCases: visible(later),
      clocks: caseClockViews(state, this.calendar.current(), shanghaiDate(new Date()), this.config.dueSoonDays),
      units: unitRefs(state, units),
    };
  }

  /** Which of the linked cases are accusations against the unit, read from their streams as commands read them. */
  private async accusationsAgainst(links: CaseLink[], unit: string, units: UnitDirectory): Promise<Set<string>> {
    const ids = [...new Set(links.map((link) => link.petitionId))];
    const confidential = await Promise.all(ids.map(async (id) => {
      const { state } = await this.cases.load(id);
      return state.status !== 'none' && isConfidentialFrom(state, unit, units);
    }));
    return new Set(ids.filter((_, i) => confidential[i]));
  }
}

/** Every unit reference of the case, read through the register: by code, else by exact name, else an unregistered name. */
function unitRefs(state: ExistingPetition, units: UnitDirectory): UnitRefView[] {
  const refs = new Set<string>([state.responsibleUnit, ...(state.handovers ?? []).map((handover) => handover.toUnit)]);
  if ('acceptance' in state && state.acceptance.decision === 'accepted') refs.add(state.acceptance.handlingUnit);
  return [...refs].map((ref) => {
    const unit = units.resolve(ref);
    return unit ? { ref, registered: true, code: unit.code, name: unit.name } : { ref, registered: false, name: ref };
  });
}

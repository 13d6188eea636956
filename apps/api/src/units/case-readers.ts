import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { type Actor, type ExistingPetition, isCaseOfLeader, isCaseOfUnit, isPanelMemberOf } from '@xinfang/petition';
import { UnitDirectoryService } from './unit-directory.service.js';

/**
 * Who may read a case beyond the staff roles a route names: a unit's user only a case handed to its
 * unit (any other is, to it, no case at all: 404, as for commands), a leader only a case it owns (包案,
 * or as a programme's owning leader; 404 likewise), a panel member only a case whose hearing they sit on (403). Every route that serves a case's contents to those roles asks here.
 */
@Injectable()
export class CaseReaders {
  constructor(private readonly units: UnitDirectoryService) {}

  async assertMayRead(petitionId: string, state: ExistingPetition, reader: Pick<Actor, 'id' | 'role' | 'unit'>): Promise<void> {
    if (reader.role === 'unit' && !isCaseOfUnit(state, reader.unit ?? '', await this.units.current())) {
      throw new NotFoundException(`There is no petition ${petitionId}`);
    }
    if (reader.role === 'leader' && !isCaseOfLeader(state, reader.id)) throw new NotFoundException(`There is no petition ${petitionId}`);
    if (reader.role === 'panel' && !isPanelMemberOf(state, reader.id)) {
      throw new ForbiddenException('A panel member may read only the cases whose hearing they sit on');
    }
  }
}

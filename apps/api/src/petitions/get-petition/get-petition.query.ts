import { Query } from '@nestjs/cqrs';
import type { Actor } from '@xinfang/petition';
import type { PetitionView } from './petition.view.js';

export class GetPetitionQuery extends Query<PetitionView> {
  constructor(
    readonly petitionId: string,
    readonly reader: Actor,
  ) {
    super();
  }
}

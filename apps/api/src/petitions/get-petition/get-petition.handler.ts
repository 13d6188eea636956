import { ForbiddenException, Inject, NotFoundException } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@xinfang/event-store';
import { foldPetition } from '@xinfang/petition';
import { PetitionEventCodec } from '../../event-codec/petition-event-codec.js';
import { EVENT_STORE } from '../../event-store/event-store.token.js';
import { petitionStreamId } from '../petition-stream.js';
import { GetPetitionQuery } from './get-petition.query.js';
import { petitionView, type PetitionView } from './petition.view.js';

@QueryHandler(GetPetitionQuery)
export class GetPetitionHandler implements IQueryHandler<GetPetitionQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly codec: PetitionEventCodec,
  ) {}

  async execute({ petitionId, reader }: GetPetitionQuery): Promise<PetitionView> {
    const recorded = await this.store.readStream(petitionStreamId(petitionId));
    const state = foldPetition(await this.codec.decode(recorded));
    if (state.status === 'none') throw new NotFoundException(`There is no petition ${petitionId}`);
    // A panel member may read only the cases whose hearing they sit on; hearings come with the lifecycle.
    if (reader.role === 'panel') throw new ForbiddenException('A panel member may read only the cases whose hearing they sit on');
    return petitionView(petitionId, state, recorded);
  }
}

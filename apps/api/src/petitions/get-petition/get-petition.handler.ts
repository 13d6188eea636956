import { ForbiddenException, Inject, NotFoundException } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@xinfang/event-store';
import { type ExistingPetition, foldPetition, isPanelMemberOf } from '@xinfang/petition';
import { DataSource } from 'typeorm';
import { withoutPersonalData } from '../../read-models/cases/case-rows.js';
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
    private readonly dataSource: DataSource,
  ) {}

  async execute({ petitionId, reader }: GetPetitionQuery): Promise<PetitionView> {
    const recorded = await this.store.readStream(petitionStreamId(petitionId));
    const state = foldPetition(await this.codec.decode(recorded));
    if (state.status === 'none') throw new NotFoundException(`There is no petition ${petitionId}`);
    if (reader.role === 'panel' && !isPanelMemberOf(state, reader.id)) {
      throw new ForbiddenException('A panel member may read only the cases whose hearing they sit on');
    }
    // A panel member needs to know who petitions, not their ID number, phone or address.
    const shown: ExistingPetition = reader.role === 'panel' ? withoutPersonalData(state) : state;
    return { ...petitionView(petitionId, shown, recorded), laterRelatedCases: await this.laterRelatedCases(petitionId) };
  }

  /** The link seen from the earlier case: later petitions that named this one as the same matter. */
  private async laterRelatedCases(petitionId: string): Promise<{ petitionId: string; receiptNumber: string }[]> {
    const rows: { petition_id: string; receipt_number: string }[] = await this.dataSource.query(
      'SELECT petition_id::text, receipt_number FROM read_model.petitions WHERE $1::uuid = ANY(related_case_ids) ORDER BY received_on, petition_id LIMIT 50',
      [petitionId],
    );
    return rows.map((row) => ({ petitionId: row.petition_id, receiptNumber: row.receipt_number }));
  }
}

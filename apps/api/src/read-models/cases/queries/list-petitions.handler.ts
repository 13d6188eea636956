import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { shanghaiDate } from '@xinfang/petition';
import { Brackets, Repository } from 'typeorm';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { PetitionListRow } from '../petition-list-row.entity.js';
import { overdueBureauClockSql } from './clock-state.sql.js';
import type { ListPetitionsQuery } from './read-model.requests.js';

export interface PetitionPage {
  items: PetitionListRow[];
  nextCursor: string | null;
}

export class ListPetitions extends Query<PetitionPage> {
  constructor(readonly filters: ListPetitionsQuery) {
    super();
  }
}

/** The case list, newest received first, by category, stage, unit, backlog kind, overdue and text. */
@QueryHandler(ListPetitions)
export class ListPetitionsHandler implements IQueryHandler<ListPetitions> {
  constructor(@InjectRepository(PetitionListRow) private readonly petitions: Repository<PetitionListRow>) {}

  async execute({ filters }: ListPetitions): Promise<PetitionPage> {
    const limit = filters.limit ?? 50;
    const asOf = filters.asOf ?? shanghaiDate(new Date());
    const query = this.petitions.createQueryBuilder('p').orderBy('p.received_on', 'DESC').addOrderBy('p.petition_id', 'DESC').limit(limit + 1);
    if (filters.category) query.andWhere('p.category = :category', { category: filters.category });
    if (filters.stage) query.andWhere('p.stage = :stage', { stage: filters.stage });
    if (filters.unit) query.andWhere('(p.responsible_unit = :unit OR p.handling_unit = :unit)', { unit: filters.unit });
    if (filters.backlogKind) query.andWhere(':kind = ANY(p.backlog_kinds)', { kind: filters.backlogKind });
    if (filters.q) query.andWhere(`p.search_text ILIKE :q ESCAPE '\\'`, { q: `%${filters.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%` });
    if (filters.overdue !== undefined) {
      const overdue = overdueBureauClockSql(':asOf');
      query.andWhere(filters.overdue ? overdue : `NOT ${overdue}`, { asOf });
    }
    const after = decodeCursor(filters.cursor, 2);
    if (after) {
      query.andWhere(new Brackets((where) => where.where('p.received_on < :day', { day: after[0] }).orWhere('(p.received_on = :day AND p.petition_id < :id)', { day: after[0], id: after[1] })));
    }
    const rows = await query.getMany();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.receivedOn, last.petitionId]) : null };
  }
}

import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { shanghaiDate } from '@xinfang/petition';
import { Database } from '../../../database/database.js';
import { refersToUnitSql } from '../../units/unit-ref.sql.js';
import { overdueDutyClockSql } from '../clock-state.sql.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import type { ListPetitionsQuery } from './read-model.requests.js';
import type { PetitionListItem } from './read-model.responses.js';

export interface PetitionPage {
  items: PetitionListItem[];
  nextCursor: string | null;
}

export class ListPetitions extends Query<PetitionPage> {
  constructor(readonly filters: ListPetitionsQuery) {
    super();
  }
}

const COLUMNS = `p.petition_id::text AS "petitionId", p.receipt_number AS "receiptNumber", p.stage, p.is_open AS "isOpen", p.category, p.channel,
  p.responsible_unit AS "responsibleUnit", p.handling_unit AS "handlingUnit", p.backlog_kinds AS "backlogKinds", to_char(p.received_on, 'YYYY-MM-DD') AS "receivedOn",
  p.registered_at AS "registeredAt", p.updated_at AS "updatedAt", p.version, p.subject, p.petitioner_names AS "petitionerNames",
  p.concluded_matter AS "concludedMatter", to_char(p.closed_on, 'YYYY-MM-DD') AS "closedOn", p.closure_outcome AS "closureOutcome",
  p.opinion_outcome AS "opinionOutcome", p.rating, to_char(p.rated_on, 'YYYY-MM-DD') AS "ratedOn", p.related_case_ids::text[] AS "relatedCaseIds"`;

/** The case list, newest received first, by category, stage, unit, backlog kind, overdue and text. */
@QueryHandler(ListPetitions)
export class ListPetitionsHandler implements IQueryHandler<ListPetitions> {
  constructor(private readonly database: Database) {}

  async execute({ filters }: ListPetitions): Promise<PetitionPage> {
    const limit = filters.limit ?? 50;
    const values: unknown[] = [];
    const where: string[] = [];
    const add = (sql: (placeholder: string) => string, value: unknown) => where.push(sql(`$${values.push(value)}`));
    if (filters.category) add((p) => `p.category = ${p}`, filters.category);
    if (filters.stage) add((p) => `p.stage = ${p}`, filters.stage);
    if (filters.unit) add((p) => `(${refersToUnitSql('p.responsible_unit', p)} OR ${refersToUnitSql('p.handling_unit', p)})`, filters.unit);
    if (filters.backlogKind) add((p) => `${p} = ANY(p.backlog_kinds)`, filters.backlogKind);
    if (filters.q) add((p) => `p.search_text ILIKE ${p} ESCAPE '\\'`, `%${filters.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`);
    if (filters.overdue !== undefined) add((p) => `${filters.overdue ? '' : 'NOT '}${overdueDutyClockSql(`${p}::date`)}`, filters.asOf ?? shanghaiDate(new Date()));
    const after = decodeCursor(filters.cursor, 2);
    if (after) add((p) => `(p.received_on, p.petition_id) < ((${p}::jsonb->>0)::date, (${p}::jsonb->>1)::uuid)`, JSON.stringify(after));
    const rows = await this.database.query<PetitionListItem>(
      `SELECT ${COLUMNS} FROM read_model.petitions p ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY p.received_on DESC, p.petition_id DESC LIMIT ${limit + 1}`,
      values,
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.receivedOn, last.petitionId]) : null };
  }
}

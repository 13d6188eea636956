import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { CLOCK_CATALOGUE, type ClockKind, shanghaiDate } from '@xinfang/petition';
import { Database } from '../../../database/database.js';
import { refersToUnitSql, unitCodeSql } from '../../units/unit-ref.sql.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { clockInStateSql, clockRunningSql, clockStateSql, DUTY_CLOCK_KINDS_SQL } from '../clock-state.sql.js';
import type { DeadlinesQuery } from './read-model.requests.js';
import type { DeadlineItem, DeadlinePage } from './read-model.responses.js';

export class FindDeadlines extends Query<DeadlinePage> {
  constructor(
    readonly filters: DeadlinesQuery,
    readonly dueSoonDays: number,
  ) {
    super();
  }
}

/** Every clock of every case as of a date, soonest deadline first. */
@QueryHandler(FindDeadlines)
export class FindDeadlinesHandler implements IQueryHandler<FindDeadlines> {
  constructor(private readonly database: Database) {}

  async execute({ filters, dueSoonDays }: FindDeadlines): Promise<DeadlinePage> {
    const asOf = filters.asOf ?? shanghaiDate(new Date());
    const limit = filters.limit ?? 50;
    const values: unknown[] = [asOf, dueSoonDays];
    const where = ['c.started_on <= $1::date'];
    const add = (sql: (placeholder: string) => string, value: unknown) => where.push(sql(`$${values.push(value)}`));
    if (filters.clock) add((p) => `c.kind = ANY(${p}::text[])`, filters.clock);
    if (filters.category) add((p) => `c.category = ${p}`, filters.category);
    if (filters.unit) add((p) => refersToUnitSql('c.unit', p), filters.unit);
    if (filters.petitionId) add((p) => `c.petition_id = ${p}::uuid`, filters.petitionId);
    const states = filters.state ?? [];
    if (states.length > 0) where.push(`(${states.map((state) => clockInStateSql(state, '$1::date', '$2::int')).join(' OR ')})`);
    const after = decodeCursor(filters.cursor, 4);
    if (after) {
      add((p) => `(coalesce(c.deadline, c.uncovered), c.petition_id, c.kind, c.seq) > ((${p}::jsonb->>0)::date, (${p}::jsonb->>1)::uuid, ${p}::jsonb->>2, (${p}::jsonb->>3)::int)`, JSON.stringify(after));
    }
    const rows: (DeadlineItem & { sort_day: string })[] = await this.database.query(
      `SELECT c.petition_id::text AS "petitionId", p.receipt_number AS "receiptNumber", c.kind AS clock, c.seq,
              ${clockStateSql('$1::date', '$2::int')} AS state,
              to_char(c.started_on, 'YYYY-MM-DD') AS "startedOn", to_char(c.deadline, 'YYYY-MM-DD') AS deadline,
              to_char(c.uncovered, 'YYYY-MM-DD') AS uncovered, to_char(c.stopped_on, 'YYYY-MM-DD') AS "stoppedOn",
              CASE WHEN ${clockRunningSql('$1::date')} AND (c.kind IN ${DUTY_CLOCK_KINDS_SQL} OR c.deadline >= $1::date) THEN c.deadline - $1::date END AS "daysLeft",
              c.category, ${unitCodeSql('c.unit')} AS unit,
              to_char(coalesce(c.deadline, c.uncovered), 'YYYY-MM-DD') AS sort_day
         FROM read_model.clocks c JOIN read_model.petitions p USING (petition_id)
        WHERE ${where.join(' AND ')}
        ORDER BY coalesce(c.deadline, c.uncovered), c.petition_id, c.kind, c.seq
        LIMIT ${limit + 1}`,
      values,
    );
    const items = rows.slice(0, limit).map(({ sort_day: _sortDay, ...item }) => {
      const { holder, nature } = CLOCK_CATALOGUE[item.clock as ClockKind];
      return { ...item, holder, nature };
    });
    const last = rows[limit - 1];
    return { asOf, items, nextCursor: rows.length > limit && last ? encodeCursor([last.sort_day, last.petitionId, last.clock, last.seq]) : null };
  }
}

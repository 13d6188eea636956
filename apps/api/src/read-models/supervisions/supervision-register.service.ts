import { Injectable } from '@nestjs/common';
import { Database } from '../../database/database.js';
import { clockInStateSql } from '../cases/clock-state.sql.js';
import { decodeCursor, encodeCursor } from '../cases/cursor.js';
import { refersToUnitSql, unitCodeSql } from '../units/unit-ref.sql.js';
import type { LeaderCase, OverdueReport, OverdueReportLine, ProposalPage, RegisterState, SupervisionItem, SupervisionPage } from './supervision-register.types.js';

export interface RegisterFilters {
  asOf: string;
  states: readonly RegisterState[];
  unit?: string;
  level?: string;
  leader?: string;
  limit: number;
  cursor?: string;
}

// Each supervision at its level as of $1: the latest round started by then, and how many there were.
const CURRENT_ROUNDS = `
  SELECT DISTINCT ON (r.petition_id, r.supervision_id) r.petition_id, r.supervision_id, r.level, r.answer_by,
         CASE WHEN r.answered_on <= $1::date THEN r.answered_on END AS answered_on,
         count(*) OVER (PARTITION BY r.petition_id, r.supervision_id) > 1 AS escalated
    FROM read_model.supervision_rounds r WHERE r.from_on <= $1::date
   ORDER BY r.petition_id, r.supervision_id, r.version DESC`;
const STATE = `CASE WHEN c.answered_on IS NOT NULL THEN 'answered' WHEN c.answer_by < $1::date THEN 'overdue' ELSE 'open' END`;

/** The supervision register (督办台账), the proposals from overdue duty clocks, a leader's cases and the monthly overdue report. */
@Injectable()
export class SupervisionRegisterService {
  constructor(private readonly database: Database) {}

  async register(filters: RegisterFilters): Promise<SupervisionPage> {
    const values: unknown[] = [filters.asOf];
    const where: string[] = [];
    const add = (sql: (placeholder: string) => string, value: unknown) => where.push(sql(`$${values.push(value)}`));
    if (filters.unit) add((p) => refersToUnitSql('s.unit', p), filters.unit);
    if (filters.level) add((p) => `c.level = ${p}`, filters.level);
    if (filters.leader) add((p) => `o.leader_id = ${p}`, filters.leader);
    const states = filters.states.filter((state) => state !== 'escalated');
    if (states.length > 0) add((p) => `${STATE} = ANY(${p}::text[])`, states);
    if (filters.states.includes('escalated')) where.push('c.escalated');
    const after = decodeCursor(filters.cursor, 3);
    if (after) add((p) => `(c.answer_by, c.petition_id, c.supervision_id) > ((${p}::jsonb->>0)::date, (${p}::jsonb->>1)::uuid, ${p}::jsonb->>2)`, JSON.stringify(after));
    const rows = await this.database.query<SupervisionItem>(
      `WITH c AS (${CURRENT_ROUNDS})
       SELECT c.petition_id::text AS "petitionId", p.receipt_number AS "receiptNumber", c.supervision_id AS "supervisionId", s.subject, ${unitCodeSql('s.unit')} AS unit,
              u.name AS "unitName", c.level, to_char(s.issued_on, 'YYYY-MM-DD') AS "issuedOn", to_char(c.answer_by, 'YYYY-MM-DD') AS "answerBy",
              to_char(c.answered_on, 'YYYY-MM-DD') AS "answeredOn", ${STATE} AS state, c.escalated, o.leader_name AS owner
         FROM c JOIN read_model.supervisions s USING (petition_id, supervision_id)
         JOIN read_model.petitions p USING (petition_id)
         LEFT JOIN read_model.case_owners o ON o.petition_id = c.petition_id AND o.from_on <= $1::date
         LEFT JOIN read_model.units u ON u.code = ${unitCodeSql('s.unit')}
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY c.answer_by, c.petition_id, c.supervision_id
        LIMIT ${filters.limit + 1}`,
      values,
    );
    const items = rows.slice(0, filters.limit);
    const last = items.at(-1);
    return { asOf: filters.asOf, items, nextCursor: rows.length > filters.limit && last ? encodeCursor([last.answerBy, last.petitionId, last.supervisionId]) : null };
  }

  /** Duty clocks overdue as of the date whose unit has had no supervision on the case since the clock started; a supervision's own answer clock is escalated instead. */
  async proposals(filters: Omit<RegisterFilters, 'states' | 'level'>): Promise<ProposalPage> {
    const values: unknown[] = [filters.asOf];
    const where = [clockInStateSql('overdue', '$1::date', '0'), `c.kind <> 'supervision_answer'`];
    if (filters.unit) where.push(refersToUnitSql('c.unit', `$${values.push(filters.unit)}`));
    if (filters.leader) where.push(`o.leader_id = $${values.push(filters.leader)}`);
    const after = decodeCursor(filters.cursor, 4);
    if (after) {
      const p = `$${values.push(JSON.stringify(after))}`;
      where.push(`(c.deadline, c.petition_id, c.kind, c.seq) > ((${p}::jsonb->>0)::date, (${p}::jsonb->>1)::uuid, ${p}::jsonb->>2, (${p}::jsonb->>3)::int)`);
    }
    const rows = await this.database.query<ProposalPage['items'][number]>(
      `SELECT c.petition_id::text AS "petitionId", p.receipt_number AS "receiptNumber", p.subject, c.kind AS clock, c.seq, ${unitCodeSql('c.unit')} AS unit, u.name AS "unitName",
              to_char(c.deadline, 'YYYY-MM-DD') AS deadline, ($1::date - c.deadline) AS "daysOverdue", o.leader_name AS owner
         FROM read_model.clocks c JOIN read_model.petitions p USING (petition_id)
         LEFT JOIN read_model.case_owners o ON o.petition_id = c.petition_id AND o.from_on <= $1::date
         LEFT JOIN read_model.units u ON u.code = ${unitCodeSql('c.unit')}
        WHERE ${where.join(' AND ')}
          AND NOT EXISTS (SELECT 1 FROM read_model.supervisions s
                           WHERE s.petition_id = c.petition_id AND s.unit = c.unit AND s.issued_on BETWEEN c.started_on AND $1::date)
        ORDER BY c.deadline, c.petition_id, c.kind, c.seq
        LIMIT ${filters.limit + 1}`,
      values,
    );
    const items = rows.slice(0, filters.limit);
    const last = items.at(-1);
    return { asOf: filters.asOf, items, nextCursor: rows.length > filters.limit && last ? encodeCursor([last.deadline, last.petitionId, last.clock, last.seq]) : null };
  }

  async leaderCases(leaderId: string, { limit, cursor }: { limit: number; cursor?: string }): Promise<{ items: LeaderCase[]; nextCursor: string | null }> {
    const after = decodeCursor(cursor, 2);
    const rows = await this.database.query<LeaderCase>(
      `SELECT o.petition_id::text AS "petitionId", p.receipt_number AS "receiptNumber", p.subject, p.stage, o.post, to_char(o.from_on, 'YYYY-MM-DD') AS "ownedFrom"
         FROM read_model.case_owners o JOIN read_model.petitions p USING (petition_id)
        WHERE o.leader_id = $1
          ${after ? `AND (o.from_on < ($2::jsonb->>0)::date OR (o.from_on = ($2::jsonb->>0)::date AND o.petition_id > ($2::jsonb->>1)::uuid))` : ''}
        ORDER BY o.from_on DESC, o.petition_id LIMIT ${limit + 1}`,
      after ? [leaderId, JSON.stringify(after)] : [leaderId],
    );
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.ownedFrom, last.petitionId]) : null };
  }

  /**
   * Per unit, at the month's end: the duty clocks it held that were 30 and 60 days or more past their
   * deadline and still running, and their cases; and the supervisions issued, answered and escalated in the month.
   * The current month stands as of `today` (its end is still ahead): `monthEnd` is the day it is as of.
   */
  async overdueReport(month: string, today: string): Promise<OverdueReport> {
    const monthStart = `${month}-01`;
    const rows = await this.database.query<Omit<OverdueReportLine, 'unitName'> & { unitName: string | null; monthEnd: string }>(
      `WITH bounds AS (SELECT $1::date AS first_day, LEAST(($1::date + interval '1 month' - interval '1 day')::date, $2::date) AS last_day),
       late AS (
         SELECT ${unitCodeSql('c.unit')} AS unit, c.petition_id, (b.last_day - c.deadline) AS days
           FROM read_model.clocks c, bounds b
          WHERE ${clockInStateSql('overdue', 'b.last_day', '0')} AND c.started_on <= b.last_day AND b.last_day - c.deadline >= 30),
       overdue AS (
         SELECT unit, count(DISTINCT petition_id) AS cases30, count(*) AS clocks30,
                count(DISTINCT petition_id) FILTER (WHERE days >= 60) AS cases60, count(*) FILTER (WHERE days >= 60) AS clocks60
           FROM late GROUP BY unit),
       issued AS (SELECT ${unitCodeSql('s.unit')} AS unit, count(*) AS n FROM read_model.supervisions s, bounds b WHERE s.issued_on BETWEEN b.first_day AND b.last_day GROUP BY 1),
       rounds AS (
         SELECT ${unitCodeSql('s.unit')} AS unit, count(*) FILTER (WHERE r.answered_on BETWEEN b.first_day AND b.last_day) AS answered,
                count(*) FILTER (WHERE r.escalation AND r.from_on BETWEEN b.first_day AND b.last_day) AS escalated
           FROM (SELECT *, row_number() OVER (PARTITION BY petition_id, supervision_id ORDER BY version) > 1 AS escalation FROM read_model.supervision_rounds) r
           JOIN read_model.supervisions s USING (petition_id, supervision_id), bounds b
          GROUP BY 1),
       units AS (SELECT unit FROM overdue UNION SELECT unit FROM issued UNION SELECT unit FROM rounds WHERE answered > 0 OR escalated > 0)
       SELECT units.unit, u.name AS "unitName", to_char(b.last_day, 'YYYY-MM-DD') AS "monthEnd",
              coalesce(o.cases30, 0)::int AS cases30, coalesce(o.clocks30, 0)::int AS clocks30, coalesce(o.cases60, 0)::int AS cases60, coalesce(o.clocks60, 0)::int AS clocks60,
              coalesce(i.n, 0)::int AS "supervisionsIssued", coalesce(r.answered, 0)::int AS "supervisionsAnswered", coalesce(r.escalated, 0)::int AS "supervisionsEscalated"
         FROM units CROSS JOIN bounds b
         LEFT JOIN overdue o USING (unit) LEFT JOIN issued i USING (unit) LEFT JOIN rounds r USING (unit)
         LEFT JOIN read_model.units u ON u.code = units.unit
        ORDER BY coalesce(o.clocks60, 0) DESC, coalesce(o.clocks30, 0) DESC, units.unit`,
      [monthStart, today],
    );
    const monthEnd = rows[0]?.monthEnd ?? [lastDayOf(month), today].sort()[0]!;
    const units = rows.map(({ monthEnd: _monthEnd, ...line }) => line);
    const sum = (key: keyof OverdueReport['totals']) => units.reduce((total, line) => total + line[key], 0);
    const totals = {
      cases30: sum('cases30'), clocks30: sum('clocks30'), cases60: sum('cases60'), clocks60: sum('clocks60'),
      supervisionsIssued: sum('supervisionsIssued'), supervisionsAnswered: sum('supervisionsAnswered'), supervisionsEscalated: sum('supervisionsEscalated'),
    };
    return { month, monthEnd, units, totals };
  }
}

function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
}

import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { shanghaiDate } from '@xinfang/petition';
import { DataSource } from 'typeorm';
import { OPEN_STAGES } from '../case-rows.js';
import { overdueBureauClockSql } from './clock-state.sql.js';

export const AGE_BUCKETS = ['0-15', '16-30', '31-60', '61-90', '>90'] as const;

export interface BacklogCell {
  category: string;
  stage: string;
  backlogKind: string;
  ageBucket: (typeof AGE_BUCKETS)[number];
  open: number;
  overdue: number;
}

export interface Backlog {
  asOf: string;
  totals: { open: number; overdue: number; byCategory: Record<string, { open: number; overdue: number }> };
  cells: BacklogCell[];
}

export class GetBacklog extends Query<Backlog> {
  constructor(readonly asOf: string | undefined) {
    super();
  }
}

/**
 * The four-category backlog as of a date: cases on the books that day (by the stage they were in
 * then) by category × stage × backlog kind × age since receipt, with how many had a bureau clock
 * overdue. A case with several backlog kinds counts under each; one with none under "none".
 */
@QueryHandler(GetBacklog)
export class GetBacklogHandler implements IQueryHandler<GetBacklog> {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ asOf: requested }: GetBacklog): Promise<Backlog> {
    const asOf = requested ?? shanghaiDate(new Date());
    // One pass over the cases open that day: the cells count a case under each of its kinds, the
    // totals count it once (grouping set `kind_set` = 0 marks the totals).
    const rows: { kind_set: number; category: string; stage: string | null; backlog_kind: string | null; age_bucket: BacklogCell['ageBucket'] | null; open: string; overdue: string }[] = await this.dataSource.query(
      `WITH open_then AS MATERIALIZED (
         SELECT p.petition_id, p.category, s.stage, p.backlog_kinds,
                CASE WHEN $1::date - p.received_on <= 15 THEN '0-15' WHEN $1::date - p.received_on <= 30 THEN '16-30'
                     WHEN $1::date - p.received_on <= 60 THEN '31-60' WHEN $1::date - p.received_on <= 90 THEN '61-90' ELSE '>90' END AS age_bucket,
                ${overdueBureauClockSql('$1::date')} AS overdue
           FROM read_model.stage_periods s JOIN read_model.petitions p USING (petition_id)
          WHERE s.from_on <= $1::date AND (s.to_on IS NULL OR s.to_on > $1::date) AND s.stage = ANY($2::text[]) AND p.received_on <= $1::date
       )
       SELECT 1 AS kind_set, category, stage, kind AS backlog_kind, age_bucket, count(*)::text AS open, count(*) FILTER (WHERE overdue)::text AS overdue
         FROM open_then CROSS JOIN LATERAL unnest(CASE WHEN cardinality(backlog_kinds) = 0 THEN ARRAY['none'] ELSE backlog_kinds END) AS kind
        GROUP BY category, stage, kind, age_bucket
       UNION ALL
       SELECT 0, category, NULL, NULL, NULL, count(*)::text, count(*) FILTER (WHERE overdue)::text FROM open_then GROUP BY category
       ORDER BY 1, 2, 3, 4, 5`,
      [asOf, OPEN_STAGES],
    );
    const totals = rows.filter((row) => row.kind_set === 0);
    const cells = rows.filter((row) => row.kind_set === 1);
    const byCategory = Object.fromEntries(totals.map((row) => [row.category, { open: Number(row.open), overdue: Number(row.overdue) }]));
    return {
      asOf,
      totals: { open: totals.reduce((sum, row) => sum + Number(row.open), 0), overdue: totals.reduce((sum, row) => sum + Number(row.overdue), 0), byCategory },
      cells: cells.map((row) => ({ category: row.category, stage: row.stage!, backlogKind: row.backlog_kind!, ageBucket: row.age_bucket!, open: Number(row.open), overdue: Number(row.overdue) })),
    };
  }
}

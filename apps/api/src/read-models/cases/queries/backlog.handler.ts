import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { shanghaiDate } from '@xinfang/petition';
import { Database } from '../../../database/database.js';
import { backlogChangesAsOfSql, CASE_TOTAL } from '../backlog-changes.sql.js';
import type { Backlog, BacklogCell } from './read-model.responses.js';

export class GetBacklog extends Query<Backlog> {
  constructor(readonly asOf: string | undefined) {
    super();
  }
}

/**
 * The four-category backlog as of a date: cases on the books that day (by the stage they were in
 * then) by category × stage × backlog kind × age since receipt, with how many had a bureau clock
 * overdue. A case with several backlog kinds counts under each; one with none under "none"; the
 * totals count each case once. Read from the backlog's changes (backlog-changes.sql.ts): years,
 * months, dekads and days, each level from the coarser one's period up to the date.
 */
@QueryHandler(GetBacklog)
export class GetBacklogHandler implements IQueryHandler<GetBacklog> {
  constructor(private readonly database: Database) {}

  async execute({ asOf: requested }: GetBacklog): Promise<Backlog> {
    const asOf = requested ?? shanghaiDate(new Date());
    const rows = await this.database.query<{ category: string; claim_type: string; stage: string; backlog_kind: string; age_bucket: BacklogCell['ageBucket']; open: number; overdue: number }>(
      `SELECT category, claim_type, stage, backlog_kind, age_bucket, sum(open)::int AS open, sum(overdue)::int AS overdue
         FROM (${backlogChangesAsOfSql('$1::date')}) AS changes
        GROUP BY category, claim_type, stage, backlog_kind, age_bucket
       HAVING sum(open) <> 0
        ORDER BY category, claim_type, stage, backlog_kind, age_bucket`,
      [asOf],
    );
    const byCategory: Record<string, { open: number; overdue: number }> = {};
    const byClaimType: Record<string, { open: number; overdue: number }> = {};
    const cells: BacklogCell[] = [];
    for (const row of rows) {
      if (row.backlog_kind !== CASE_TOTAL) {
        cells.push({ category: row.category, claimType: row.claim_type, stage: row.stage, backlogKind: row.backlog_kind, ageBucket: row.age_bucket, open: row.open, overdue: row.overdue });
        continue;
      }
      for (const total of [(byCategory[row.category] ??= { open: 0, overdue: 0 }), (byClaimType[row.claim_type] ??= { open: 0, overdue: 0 })]) {
        total.open += row.open;
        total.overdue += row.overdue;
      }
    }
    const all = Object.values(byCategory);
    return {
      asOf,
      totals: {
        open: all.reduce((sum, total) => sum + total.open, 0),
        overdue: all.reduce((sum, total) => sum + total.overdue, 0),
        byCategory,
        byClaimType: Object.fromEntries(Object.entries(byClaimType).sort(([a], [b]) => a.localeCompare(b))),
      },
      cells,
    };
  }
}

import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { shanghaiDate } from '@xinfang/petition';
import { Database } from '../../../database/database.js';
import { clockStateSql } from '../clock-state.sql.js';
import { MEASURES, type Measure, type Measures, type Ratio, type Stats } from './read-model.responses.js';

export class GetStats extends Query<Stats> {
  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    super();
  }
}

/**
 * One (numerator, denominator) pair per measure of DOMAIN.md, over cases whose event falls in the
 * period. Clock measures count clocks due in the period, judged as of its last day (or today, if
 * sooner); a clock still running before its deadline is not yet due and is left out.
 */
const MEASURE_SQL: Record<Measure, string> = {
  timelyAcceptance: clockMeasure('acceptance'),
  onTimeHandling: clockMeasure('handling'),
  satisfaction: `SELECT category, coalesce(handling_unit, responsible_unit) AS unit, (rating IN ('satisfied', 'basically_satisfied'))::int AS hit
                   FROM read_model.petitions WHERE rated_on BETWEEN $1 AND $2`,
  ratingParticipation: `SELECT category, coalesce(handling_unit, responsible_unit) AS unit, (rating IS NOT NULL)::int AS hit
                          FROM read_model.petitions WHERE closed_on BETWEEN $1 AND $2`,
  repeatRate: `SELECT category, coalesce(handling_unit, responsible_unit) AS unit, ('repeat' = ANY(backlog_kinds))::int AS hit
                 FROM read_model.petitions WHERE received_on BETWEEN $1 AND $2`,
  mediationSuccess: `SELECT category, unit, (outcome = 'agreed')::int AS hit FROM read_model.mediations WHERE ended_on BETWEEN $1 AND $2`,
  // 化解: closed by a mediation agreement, or by an opinion that supported the demands.
  resolutionRate: `SELECT category, coalesce(handling_unit, responsible_unit) AS unit,
                          (closure_outcome = 'resolved_by_mediation' OR (closure_outcome = 'opinion_served' AND opinion_outcome = 'supported'))::int AS hit
                     FROM read_model.petitions WHERE closed_on BETWEEN $1 AND $2`,
};

function clockMeasure(kind: string): string {
  const state = clockStateSql('$3::date', '0');
  return `SELECT c.category, c.unit, (${state} = 'met')::int AS hit
            FROM read_model.clocks c
           WHERE c.kind = '${kind}' AND c.deadline BETWEEN $1 AND $2 AND ${state} IN ('met', 'missed', 'overdue')`;
}

@QueryHandler(GetStats)
export class GetStatsHandler implements IQueryHandler<GetStats> {
  constructor(private readonly database: Database) {}

  async execute({ from, to }: GetStats): Promise<Stats> {
    const today = shanghaiDate(new Date());
    const judgedOn = to < today ? to : today;
    const overall = {} as Measures;
    const byCategory = new Map<string, Measures>();
    const byUnit = new Map<string, Measures>();
    for (const measure of MEASURES) {
      const rows: { category: string | null; unit: string | null; by_category: number; by_unit: number; hits: string; total: string }[] = await this.database.query(
        `SELECT category, unit, GROUPING(category) AS by_category, GROUPING(unit) AS by_unit, sum(hit)::text AS hits, count(*)::text AS total
           FROM (${MEASURE_SQL[measure]}) m
          GROUP BY GROUPING SETS ((), (category), (unit))`,
        MEASURE_SQL[measure].includes('$3') ? [from, to, judgedOn] : [from, to],
      );
      overall[measure] = ratio(0, 0);
      for (const row of rows) {
        const value = ratio(Number(row.hits), Number(row.total));
        if (row.by_category === 1 && row.by_unit === 1) overall[measure] = value;
        else if (row.by_unit === 1) entry(byCategory, row.category!)[measure] = value;
        else entry(byUnit, row.unit!)[measure] = value;
      }
    }
    return {
      from,
      to,
      overall,
      byCategory: [...byCategory].map(([category, measures]) => ({ category, ...measures })),
      byUnit: [...byUnit].map(([unit, measures]) => ({ unit, ...measures })),
    };
  }
}

function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, rate: denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 10_000 };
}

function entry(map: Map<string, Measures>, key: string): Measures {
  let measures = map.get(key);
  if (!measures) {
    measures = Object.fromEntries(MEASURES.map((measure) => [measure, ratio(0, 0)])) as Measures;
    map.set(key, measures);
  }
  return measures;
}

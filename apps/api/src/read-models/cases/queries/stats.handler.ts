import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { shanghaiDate } from '@xinfang/petition';
import { Database } from '../../../database/database.js';
import { UNCLASSIFIED } from '../backlog-changes.sql.js';
import { unitCodeSql } from '../../units/unit-ref.sql.js';
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
 * sooner); a clock still running before its deadline is not yet due and is left out. Every measure
 * is also given by claim type (`unclassified` before the acceptance decision).
 */
const CASE_DIMENSIONS = `p.category, ${unitCodeSql('coalesce(p.handling_unit, p.responsible_unit)')} AS unit, coalesce(p.claim_type, '${UNCLASSIFIED}') AS claim_type`;
const MEASURE_SQL: Record<Measure, string> = {
  timelyAcceptance: clockMeasure('acceptance'),
  onTimeHandling: clockMeasure('handling'),
  satisfaction: `SELECT ${CASE_DIMENSIONS}, (p.rating IN ('satisfied', 'basically_satisfied'))::int AS hit FROM read_model.petitions p WHERE p.rated_on BETWEEN $1 AND $2`,
  ratingParticipation: `SELECT ${CASE_DIMENSIONS}, (p.rating IS NOT NULL)::int AS hit FROM read_model.petitions p WHERE p.closed_on BETWEEN $1 AND $2`,
  repeatRate: `SELECT ${CASE_DIMENSIONS}, ('repeat' = ANY(p.backlog_kinds))::int AS hit FROM read_model.petitions p WHERE p.received_on BETWEEN $1 AND $2`,
  mediationSuccess: `SELECT m.category, ${unitCodeSql('m.unit')} AS unit, coalesce(p.claim_type, '${UNCLASSIFIED}') AS claim_type, (m.outcome = 'agreed')::int AS hit
                       FROM read_model.mediations m JOIN read_model.petitions p USING (petition_id) WHERE m.ended_on BETWEEN $1 AND $2`,
  // 化解: closed by a mediation agreement, or by an opinion that supported the demands.
  resolutionRate: `SELECT ${CASE_DIMENSIONS}, (p.closure_outcome = 'resolved_by_mediation' OR (p.closure_outcome = 'opinion_served' AND p.opinion_outcome = 'supported'))::int AS hit
                     FROM read_model.petitions p WHERE p.closed_on BETWEEN $1 AND $2`,
  // 督办按期反馈率: each level's answer-by date is a supervision_answer clock, held by the supervised unit.
  supervisionAnswer: clockMeasure('supervision_answer'),
};

function clockMeasure(kind: string): string {
  const state = clockStateSql('$3::date', '0');
  return `SELECT c.category, ${unitCodeSql('c.unit')} AS unit, coalesce(p.claim_type, '${UNCLASSIFIED}') AS claim_type, (${state} = 'met')::int AS hit
            FROM read_model.clocks c JOIN read_model.petitions p USING (petition_id)
           WHERE c.kind = '${kind}' AND c.deadline BETWEEN $1 AND $2 AND ${state} IN ('met', 'missed', 'overdue')`;
}

interface MeasureRow {
  category: string | null;
  unit: string | null;
  claim_type: string | null;
  grouped: 'all' | 'category' | 'unit' | 'claim_type';
  hits: string;
  total: string;
}

@QueryHandler(GetStats)
export class GetStatsHandler implements IQueryHandler<GetStats> {
  constructor(private readonly database: Database) {}

  async execute({ from, to }: GetStats): Promise<Stats> {
    const today = shanghaiDate(new Date());
    const judgedOn = to < today ? to : today;
    const overall = {} as Measures;
    const groups = { category: new Map<string, Measures>(), unit: new Map<string, Measures>(), claim_type: new Map<string, Measures>() };
    for (const measure of MEASURES) {
      const rows = await this.database.query<MeasureRow>(
        `SELECT category, unit, claim_type, sum(hit)::text AS hits, count(*)::text AS total,
                CASE WHEN GROUPING(category, unit, claim_type) = 7 THEN 'all' WHEN GROUPING(category) = 0 THEN 'category' WHEN GROUPING(unit) = 0 THEN 'unit' ELSE 'claim_type' END AS grouped
           FROM (${MEASURE_SQL[measure]}) m
          GROUP BY GROUPING SETS ((), (category), (unit), (claim_type))`,
        MEASURE_SQL[measure].includes('$3') ? [from, to, judgedOn] : [from, to],
      );
      overall[measure] = ratio(0, 0);
      for (const row of rows) {
        const value = ratio(Number(row.hits), Number(row.total));
        if (row.grouped === 'all') overall[measure] = value;
        else entry(groups[row.grouped], row[row.grouped]!)[measure] = value;
      }
    }
    return {
      from,
      to,
      overall,
      byCategory: [...groups.category].map(([category, measures]) => ({ category, ...measures })),
      byUnit: [...groups.unit].map(([unit, measures]) => ({ unit, ...measures })),
      byClaimType: [...groups.claim_type].map(([claimType, measures]) => ({ claimType, ...measures })),
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

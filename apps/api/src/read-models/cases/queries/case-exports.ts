import {
  BACKLOG_KIND_TERMS, CATEGORY_TERM_OF, CHANNEL_TERM_OF, CLAIM_TYPE_TERMS, CLOCK_STATE_TERMS, CLOSURE_OUTCOME_TERMS, clockTerm, COLUMN_LABELS as L,
  MEASURE_TERMS, OPINION_OUTCOME_SHORT_TERMS, RATING_TERMS, STAGE_TERMS, termOf,
} from '../../../exports/column-labels.js';
import { type Column, type Sheet, tableSheet, writeWorkbook } from '../../../exports/xlsx-workbook.js';
import { type DeadlineItem, MEASURES, type Measures, type PetitionListItem, type Stats } from './read-model.responses.js';

/** The case list's columns, as GET /petitions?format=xlsx writes them. */
export const PETITION_COLUMNS: readonly Column<PetitionListItem>[] = [
  { header: L.receiptNumber, value: (row) => row.receiptNumber, width: 22 },
  { header: L.receivedOn, value: (row) => row.receivedOn, width: 12 },
  { header: L.subject, value: (row) => row.subject, width: 40 },
  { header: L.petitionerNames, value: (row) => row.petitionerNames, width: 16 },
  { header: L.category, value: (row) => termOf(CATEGORY_TERM_OF, row.category) },
  { header: L.channel, value: (row) => termOf(CHANNEL_TERM_OF, row.channel) },
  { header: L.stage, value: (row) => termOf(STAGE_TERMS, row.stage), width: 14 },
  { header: L.responsibleUnit, value: (row) => row.responsibleUnit, width: 24 },
  { header: L.handlingUnit, value: (row) => row.handlingUnit, width: 24 },
  { header: L.backlogKinds, value: (row) => row.backlogKinds.map((kind) => termOf(BACKLOG_KIND_TERMS, kind)).join('、'), width: 16 },
  { header: L.closedOn, value: (row) => row.closedOn, width: 12 },
  { header: L.closureOutcome, value: (row) => termOf(CLOSURE_OUTCOME_TERMS, row.closureOutcome) },
  { header: L.opinionOutcome, value: (row) => termOf(OPINION_OUTCOME_SHORT_TERMS, row.opinionOutcome) },
  { header: L.rating, value: (row) => termOf(RATING_TERMS, row.rating) },
];

/** The clocks' columns, as GET /deadlines?format=xlsx writes them. */
export const DEADLINE_COLUMNS: readonly Column<DeadlineItem>[] = [
  { header: L.receiptNumber, value: (row) => row.receiptNumber, width: 22 },
  { header: L.clock, value: (row) => clockTerm(row.clock), width: 14 },
  { header: L.clockState, value: (row) => termOf(CLOCK_STATE_TERMS, row.state), width: 12 },
  { header: L.startedOn, value: (row) => row.startedOn, width: 12 },
  { header: L.deadline, value: (row) => row.deadline ?? row.uncovered, width: 12 },
  { header: L.daysLeft, value: (row) => row.daysLeft },
  { header: L.stoppedOn, value: (row) => row.stoppedOn, width: 12 },
  { header: L.category, value: (row) => termOf(CATEGORY_TERM_OF, row.category) },
  { header: L.unit, value: (row) => row.unit, width: 24 },
];

export function petitionsWorkbook(items: readonly PetitionListItem[]): Promise<Buffer> {
  return writeWorkbook([tableSheet('案件列表', PETITION_COLUMNS, items)]);
}

export function deadlinesWorkbook(asOf: string, items: readonly DeadlineItem[]): Promise<Buffer> {
  return writeWorkbook([{ ...tableSheet('期限预警', DEADLINE_COLUMNS, items), preface: [['统计截至', asOf], []] }]);
}

/**
 * The measures: 总体 with numerator, denominator and rate of each; then one sheet per grouping
 * (category, unit, claim type) with a column per measure's rate (empty where there is nothing to divide).
 */
export function statsWorkbook(stats: Stats): Promise<Buffer> {
  const period = [[L.period, `${stats.from}至${stats.to}`], []];
  const overall: Sheet = {
    name: '总体',
    preface: period,
    header: [L.measure, L.numerator, L.denominator, L.rate],
    rows: MEASURES.map((measure) => [MEASURE_TERMS[measure], stats.overall[measure].numerator, stats.overall[measure].denominator, stats.overall[measure].rate]),
    widths: [16, 10, 10, 10],
  };
  const grouped = <Row extends Measures>(name: string, header: string, label: (row: Row) => string, rows: readonly Row[]): Sheet => ({
    name,
    preface: period,
    header: [header, ...MEASURES.map((measure) => termOf(MEASURE_TERMS, measure))],
    rows: rows.map((row) => [label(row), ...MEASURES.map((measure) => row[measure].rate)]),
    widths: [24, ...MEASURES.map(() => 12)],
  });
  return writeWorkbook([
    overall,
    grouped('按类别', L.category, (row) => termOf(CATEGORY_TERM_OF, row.category), stats.byCategory),
    grouped('按责任单位', L.unit, (row) => row.unit, stats.byUnit),
    grouped('按信访类型', L.claimType, (row) => termOf(CLAIM_TYPE_TERMS, row.claimType), stats.byClaimType),
  ]);
}

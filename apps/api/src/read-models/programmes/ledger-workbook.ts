import type { Category, EnrolmentReason, ProgrammeTrack } from '@xinfang/petition';
import ExcelJS from 'exceljs';
import { CATEGORY_TERMS, chineseDate } from '../../documents/templates/chinese-terms.js';
import type { LedgerCounts } from './ledger.types.js';
import type { ProgrammeLedgerView } from './programme.responses.js';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const REASON_TERMS: Record<EnrolmentReason, string> = { four_level: '四级访未化解', long_standing: '信访积案', repeat: '重复访未化解' };
const TRACK_TERMS: Record<ProgrammeTrack, string> = { simple: '快审快办', complex: '模拟法庭' };
const COUNT_HEADERS = ['纳入', '已开庭', '已化解', '已销号', '反弹', '逾期任务'];
const countsOf = (counts: LedgerCounts) => [counts.enrolled, counts.heard, counts.resolved, counts.signedOff, counts.rebounded, counts.tasksOverdue];

/** The ledger as an Excel workbook with Chinese headers: the summary by category, the enrolment grid, and the owning leaders. */
export async function ledgerWorkbook(ledger: ProgrammeLedgerView): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const { programme } = ledger;
  const summary = workbook.addWorksheet('汇总');
  summary.addRows([
    ['专项名称', programme.name],
    ['工作期间', `${chineseDate(programme.periodFrom)}至${chineseDate(programme.periodTo)}`],
    ['纳入标准', programme.criteria],
    ['牵头单位', programme.owner],
    ['统计截至', chineseDate(ledger.asOf)],
    [],
  ]);
  header(summary.addRow(['类别', ...COUNT_HEADERS]));
  for (const row of ledger.byCategory) summary.addRow([CATEGORY_TERMS[row.category as Category], ...countsOf(row)]);
  header(summary.addRow(['合计', ...countsOf(ledger.totals)]));

  const grid = workbook.addWorksheet('纳入明细');
  header(grid.addRow(['类别', '纳入原因', '办理方式', '件数']));
  for (const cell of ledger.enrolled) {
    grid.addRow([CATEGORY_TERMS[cell.category as Category], REASON_TERMS[cell.reason as EnrolmentReason], TRACK_TERMS[cell.track as ProgrammeTrack], cell.count]);
  }

  const leaders = workbook.addWorksheet('包案领导');
  header(leaders.addRow(['包案领导', ...COUNT_HEADERS]));
  for (const row of ledger.byOwningLeader) leaders.addRow([row.owningLeader, ...countsOf(row)]);

  for (const sheet of [summary, grid, leaders]) sheet.columns.forEach((column, index) => (column.width = index === 0 ? 16 : 12));
  summary.getColumn(2).width = 40;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function header(row: ExcelJS.Row): void {
  row.font = { bold: true };
}

import type { Category, EnrolmentReason, ProgrammeTrack } from '@xinfang/petition';
import { CATEGORY_TERMS, chineseDate } from '../../documents/templates/chinese-terms.js';
import { writeWorkbook } from '../../exports/xlsx-workbook.js';
import type { LedgerCounts } from './ledger.types.js';
import type { ProgrammeLedgerView } from './programme.responses.js';

const REASON_TERMS: Record<EnrolmentReason, string> = { four_level: '四级访未化解', long_standing: '信访积案', repeat: '重复访未化解' };
const TRACK_TERMS: Record<ProgrammeTrack, string> = { simple: '快审快办', complex: '模拟法庭' };
const COUNT_HEADERS = ['纳入', '已开庭', '已化解', '已销号', '反弹', '逾期任务'];
const countsOf = (counts: LedgerCounts) => [counts.enrolled, counts.heard, counts.resolved, counts.signedOff, counts.rebounded, counts.tasksOverdue];
const WIDTHS = [16, 12, 12, 12, 12, 12, 12];

/** The ledger as an Excel workbook with Chinese headers: the summary by category, the enrolment grid, and the owning leaders. */
export async function ledgerWorkbook(ledger: ProgrammeLedgerView): Promise<Buffer> {
  const { programme } = ledger;
  return writeWorkbook([
    {
      name: '汇总',
      preface: [
        ['专项名称', programme.name],
        ['工作期间', `${chineseDate(programme.periodFrom)}至${chineseDate(programme.periodTo)}`],
        ['纳入标准', programme.criteria],
        ['牵头单位', programme.owner],
        ['统计截至', chineseDate(ledger.asOf)],
        [],
      ],
      header: ['类别', ...COUNT_HEADERS],
      rows: ledger.byCategory.map((row) => [CATEGORY_TERMS[row.category as Category], ...countsOf(row)]),
      totals: ['合计', ...countsOf(ledger.totals)],
      widths: [16, 40, 12, 12, 12, 12, 12],
    },
    {
      name: '纳入明细',
      header: ['类别', '纳入原因', '办理方式', '件数'],
      rows: ledger.enrolled.map((cell) => [
        CATEGORY_TERMS[cell.category as Category], REASON_TERMS[cell.reason as EnrolmentReason], TRACK_TERMS[cell.track as ProgrammeTrack], cell.count,
      ]),
      widths: WIDTHS.slice(0, 4),
    },
    {
      name: '包案领导',
      header: ['包案领导', ...COUNT_HEADERS],
      rows: ledger.byOwningLeader.map((row) => [row.owningLeader, ...countsOf(row)]),
      widths: WIDTHS,
    },
  ]);
}

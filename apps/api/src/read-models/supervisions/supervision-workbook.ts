import { CLOCK_CATALOGUE, type ClockKind } from '@xinfang/petition';
import { chineseDate } from '../../documents/templates/chinese-terms.js';
import { tableSheet, writeWorkbook } from '../../exports/xlsx-workbook.js';
import type { ProposalPage, SupervisionItem, SupervisionProposal, SupervisionPage } from './supervision-register.types.js';

const LEVEL_TERMS: Record<string, string> = { reminder: '催办', notice: '督办', listed: '挂牌督办' };
const STATE_TERMS: Record<SupervisionItem['state'], string> = { open: '待反馈', overdue: '逾期未反馈', answered: '已反馈' };

export function levelTerm(level: string): string {
  return LEVEL_TERMS[level] ?? level;
}

/** The register as an Excel workbook with Chinese headers (督办台账), through the service's one xlsx writer. */
export async function supervisionWorkbook(page: SupervisionPage): Promise<Buffer> {
  const sheet = tableSheet<SupervisionItem>(
    '督办台账',
    [
      { header: '受理编号', value: (item) => item.receiptNumber, width: 14 },
      { header: '督办事项', value: (item) => item.subject, width: 36 },
      { header: '责任单位', value: (item) => item.unitName ?? item.unit, width: 14 },
      { header: '督办级别', value: (item) => levelTerm(item.level), width: 14 },
      { header: '督办日期', value: (item) => item.issuedOn, width: 14 },
      { header: '反馈期限', value: (item) => item.answerBy, width: 14 },
      { header: '反馈日期', value: (item) => item.answeredOn ?? '', width: 14 },
      { header: '状态', value: (item) => STATE_TERMS[item.state], width: 14 },
      { header: '是否升级', value: (item) => (item.escalated ? '是' : '否'), width: 14 },
      { header: '包案领导', value: (item) => item.owner ?? '', width: 14 },
    ],
    page.items,
  );
  return writeWorkbook([{ ...sheet, preface: [['统计截至', chineseDate(page.asOf)], []] }]);
}

/** The proposals (proposed=true) as an Excel workbook: the overdue duties no one has supervised yet (待督办事项). */
export async function proposalWorkbook(page: ProposalPage): Promise<Buffer> {
  const sheet = tableSheet<SupervisionProposal>(
    '待督办事项',
    [
      { header: '受理编号', value: (item) => item.receiptNumber, width: 14 },
      { header: '信访事项', value: (item) => item.subject, width: 36 },
      { header: '责任单位', value: (item) => item.unitName ?? item.unit, width: 14 },
      { header: '逾期事项', value: (item) => CLOCK_CATALOGUE[item.clock as ClockKind]?.labels.short ?? item.clock, width: 14 },
      { header: '期限届满日', value: (item) => item.deadline, width: 14 },
      { header: '逾期天数', value: (item) => item.daysOverdue, width: 14 },
      { header: '包案领导', value: (item) => item.owner ?? '', width: 14 },
    ],
    page.items,
  );
  return writeWorkbook([{ ...sheet, preface: [['统计截至', chineseDate(page.asOf)], []] }]);
}

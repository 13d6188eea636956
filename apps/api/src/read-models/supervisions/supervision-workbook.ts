import ExcelJS from 'exceljs';
import { CLOCK_CATALOGUE, type ClockKind } from '@xinfang/petition';
import { chineseDate } from '../../documents/templates/chinese-terms.js';
import type { ProposalPage, SupervisionItem, SupervisionPage } from './supervision-register.types.js';

const LEVEL_TERMS: Record<string, string> = { reminder: '催办', notice: '督办', listed: '挂牌督办' };
const STATE_TERMS: Record<SupervisionItem['state'], string> = { open: '待反馈', overdue: '逾期未反馈', answered: '已反馈' };

export function levelTerm(level: string): string {
  return LEVEL_TERMS[level] ?? level;
}

/** The register as an Excel workbook with Chinese headers (督办台账). */
export async function supervisionWorkbook(page: SupervisionPage): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('督办台账');
  sheet.addRow(['统计截至', chineseDate(page.asOf)]);
  sheet.addRow([]);
  sheet.addRow(['受理编号', '督办事项', '责任单位', '督办级别', '督办日期', '反馈期限', '反馈日期', '状态', '是否升级', '包案领导']).font = { bold: true };
  for (const item of page.items) {
    sheet.addRow([
      item.receiptNumber, item.subject, item.unitName ?? item.unit, levelTerm(item.level), item.issuedOn, item.answerBy,
      item.answeredOn ?? '', STATE_TERMS[item.state], item.escalated ? '是' : '否', item.owner ?? '',
    ]);
  }
  sheet.columns.forEach((column, index) => (column.width = index === 1 ? 36 : 14));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The proposals (proposed=true) as an Excel workbook: the overdue duties no one has supervised yet (待督办事项). */
export async function proposalWorkbook(page: ProposalPage): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('待督办事项');
  sheet.addRow(['统计截至', chineseDate(page.asOf)]);
  sheet.addRow([]);
  sheet.addRow(['受理编号', '信访事项', '责任单位', '逾期事项', '期限届满日', '逾期天数', '包案领导']).font = { bold: true };
  for (const item of page.items) {
    const label = CLOCK_CATALOGUE[item.clock as ClockKind]?.labels.short ?? item.clock;
    sheet.addRow([item.receiptNumber, item.subject, item.unitName ?? item.unit, label, item.deadline, item.daysOverdue, item.owner ?? '']);
  }
  sheet.columns.forEach((column, index) => (column.width = index === 1 ? 36 : 14));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

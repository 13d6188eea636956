import { CLOCK_CATALOGUE } from '@xinfang/petition';
import { chineseDate } from '../../documents/templates/chinese-terms.js';
import { type DocumentPage, paragraph } from '../../documents/templates/document-layout.js';
import { html } from '../../documents/templates/safe-html.js';
import type { OverdueReport } from './supervision-register.types.js';

/** 逾期情况通报: the month's overdue report as a document of the bureau, laid out like the case documents. */
export function overdueReportPage(report: OverdueReport, bureauName: string): DocumentPage {
  const [year, month] = report.month.split('-').map(Number) as [number, number];
  const period = `${year}年${month}月`;
  const { totals } = report;
  const dutyKinds = Object.values(CLOCK_CATALOGUE).filter((clock) => clock.nature === 'duty').map((clock) => clock.labels.short).join('、');
  return {
    title: `${period}信访事项逾期办理情况通报`,
    issuer: bureauName,
    receiptNumber: period,
    referenceLabel: '通报期间',
    date: report.monthEnd,
    bureauName,
    body: html`<p class="flush">各责任单位：</p>
${paragraph(html`截至${chineseDate(report.monthEnd)}，全县逾期30日以上未办结的信访事项${totals.cases30}件（办理时限${totals.clocks30}项），其中逾期60日以上的${totals.cases60}件（${totals.clocks60}项）。本月共发出督办${totals.supervisionsIssued}件次，收到反馈${totals.supervisionsAnswered}件次，升级督办${totals.supervisionsEscalated}件次。现将各单位情况通报如下：`)}
<table>
<thead><tr><th>责任单位</th><th>逾期30日以上（件/项）</th><th>逾期60日以上（件/项）</th><th>本月督办</th><th>本月反馈</th><th>升级督办</th></tr></thead>
<tbody>
${report.units.map((line) => html`<tr><td class="short">${line.unitName ?? line.unit}</td><td class="short">${line.cases30}/${line.clocks30}</td><td class="short">${line.cases60}/${line.clocks60}</td><td class="short">${line.supervisionsIssued}</td><td class="short">${line.supervisionsAnswered}</td><td class="short">${line.supervisionsEscalated}</td></tr>`)}
</tbody>
</table>
${paragraph(html`统计口径：${dutyKinds}等责任时限，以月末仍未完成且超过期限的日数计；申请复查、复核、评价等权利期限不计入。`)}
${paragraph('请逾期单位对照通报，逐件落实办理责任，限期办结并书面反馈。')}
${paragraph('特此通报。')}`,
  };
}

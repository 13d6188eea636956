import type { ExistingPetition } from '@xinfang/petition';
import { CATEGORY_TERMS, chineseDate } from '../../documents/templates/chinese-terms.js';
import { html, raw } from '../../documents/templates/safe-html.js';
import type { IndexLine } from '../case-file-index.js';

/** A line of the index with where it sits in the file: its first page and how many (none when its bytes cannot be included). */
export interface PlacedLine extends IndexLine {
  readonly firstPage: number | null;
  readonly pages: number;
}

export interface CoverFacts {
  readonly bureauName: string;
  readonly compiledOn: string;
  readonly totalPages: number;
}

const STYLE = raw(`
@page { size: A4; margin: 30mm 24mm 28mm 26mm; }
html { font-family: "FangSong", "Noto Serif CJK SC", "Source Han Serif SC", serif; font-size: 14pt; line-height: 24pt; color: #000; }
body { margin: 0; }
.cover { page-break-after: always; text-align: center; }
.cover h1 { font-size: 36pt; line-height: 48pt; letter-spacing: 0.4em; margin: 50mm 0 20mm; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; column-gap: 0.5em; row-gap: 6pt; text-align: left; width: 130mm; margin: 0 auto; }
.cover dd { margin: 0; border-bottom: 1px solid #000; }
h2 { text-align: center; font-size: 22pt; letter-spacing: 0.3em; margin: 0 0 12pt; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 11pt; line-height: 17pt; }
th, td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { font-family: "SimHei", "Noto Sans CJK SC", sans-serif; font-weight: normal; white-space: nowrap; }
td.n { text-align: center; white-space: nowrap; }
tr { page-break-inside: avoid; }
`);

/** 卷宗封面 and 卷宗目录: the case on the cover, then every document and attachment with its pages in the file. */
export function caseFileFrontMatter(petition: ExistingPetition, lines: readonly PlacedLine[], facts: CoverFacts): string {
  const rows = lines.map((line, index) => html`<tr><td class="n">${index + 1}</td><td>${line.title}</td><td>${line.reference}</td><td class="n">${line.date}</td><td class="n">${pageRange(line)}</td><td>${line.note}</td></tr>`);
  return `<!DOCTYPE html>\n${html`<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>信访事项卷宗（${petition.receiptNumber}）</title><style>${STYLE}</style></head>
<body>
<section class="cover">
<h1>信访事项卷宗</h1>
<dl>
<dt>立卷单位：</dt><dd>${facts.bureauName}</dd>
<dt>受理编号：</dt><dd>${petition.receiptNumber}</dd>
<dt>信访事项：</dt><dd>${petition.subject}</dd>
<dt>信访人：</dt><dd>${petition.petitioners.map((petitioner) => petitioner.name).join('、')}</dd>
<dt>信访类别：</dt><dd>${CATEGORY_TERMS[petition.category]}</dd>
<dt>责任单位：</dt><dd>${petition.responsibleUnit}</dd>
<dt>收到日期：</dt><dd>${chineseDate(petition.receivedAt)}</dd>
<dt>卷内文件：</dt><dd>${lines.length}件，共${facts.totalPages}页</dd>
<dt>立卷日期：</dt><dd>${chineseDate(facts.compiledOn)}</dd>
</dl>
</section>
<section>
<h2>卷宗目录</h2>
<table><colgroup><col style="width:6%"><col style="width:26%"><col style="width:27%"><col style="width:16%"><col style="width:9%"><col style="width:16%"></colgroup>
<thead><tr><th>序号</th><th>文件名称</th><th>文号或文件名</th><th>日期</th><th>页号</th><th>备注</th></tr></thead>
<tbody>${rows}</tbody></table>
</section>
</body></html>`}\n`;
}

function pageRange(line: PlacedLine): string {
  if (line.firstPage === null || line.pages === 0) return '—';
  return line.pages === 1 ? String(line.firstPage) : `${line.firstPage}–${line.firstPage + line.pages - 1}`;
}

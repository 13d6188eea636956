import type { Petitioner } from '@xinfang/petition';
import { chineseDate } from './chinese-terms.js';
import { html, raw, type HtmlValue, type SafeHtml } from './safe-html.js';

/** A document as the templates describe it; `documentHtml` lays it out on A4 paper. */
export interface DocumentPage {
  readonly title: string;
  /** The organ that issues it (版头 and 落款). */
  readonly issuer: string;
  readonly receiptNumber: string;
  /** What `receiptNumber` is, where a document is about no one case (a report's period): 受理编号 by default. */
  readonly referenceLabel?: string;
  readonly body: SafeHtml;
  /** 成文日期: the business date of the step the document records. */
  readonly date: string;
  /** The bureau whose system produced it (版记). */
  readonly bureauName: string;
  /** Signature lines for the parties of a record or an agreement; notices have none. */
  readonly signatures?: readonly string[];
}

// GB/T 9704 proportions: A4 with 37/26/35/28 mm margins, body in 3号 (16pt) 仿宋 on a 28pt grid,
// title in 2号 (22pt) 小标宋, first-level headings in 黑体. The Noto CJK fonts (Debian's
// fonts-noto-cjk) stand in where the official faces are not installed, so the PDF still has
// real Chinese glyphs. `line-break: strict` keeps closing punctuation off the start of a line.
const STYLE = raw(`
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
html { font-family: "FangSong", "STFangsong", "FangSong_GB2312", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif;
  font-size: 16pt; line-height: 28pt; color: #000; background: #fff; line-break: strict; overflow-wrap: anywhere; }
body { margin: 0; }
@media screen { body { max-width: 156mm; margin: 16mm auto; padding: 0 8mm; } }
header { text-align: center; margin-bottom: 14pt; }
.issuer { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; font-size: 18pt; font-weight: bold; letter-spacing: 0.1em; }
h1 { font-family: "FZXiaoBiaoSong-B05S", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; font-size: 22pt; line-height: 36pt;
  font-weight: bold; letter-spacing: 0.2em; margin: 8pt 0 4pt; }
.receipt { text-align: right; font-size: 14pt; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.flush { text-indent: 0; }
h2 { font-family: "SimHei", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; font-size: 16pt; font-weight: normal;
  margin: 0; text-indent: 2em; }
.text { white-space: pre-wrap; }
dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; column-gap: 0.5em; }
dt { white-space: nowrap; }
dd { margin: 0; }
table { width: 100%; border-collapse: collapse; font-size: 12pt; line-height: 20pt; margin: 6pt 0; page-break-inside: auto; }
th, td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; text-align: left; }
th { font-family: "SimHei", "Noto Sans CJK SC", sans-serif; font-weight: normal; white-space: nowrap; }
tr { page-break-inside: avoid; }
td.short { white-space: nowrap; }
.signature { margin-top: 28pt; margin-left: auto; width: max-content; min-width: 12em; text-align: center; page-break-inside: avoid; }
.seal { color: #666; font-size: 12pt; }
.parties { margin-top: 28pt; page-break-inside: avoid; }
.parties p { text-indent: 0; line-height: 36pt; }
.number { text-align: center; font-size: 16pt; margin-top: 4pt; }
.draft-notice { text-align: center; font-size: 14pt; letter-spacing: 0.3em; border: 1px solid #000; width: max-content; margin: 0 auto 8pt; padding: 0 1em; }
.watermark { position: fixed; top: 38%; left: 0; width: 100%; text-align: center; font-size: 120pt; color: rgba(0, 0, 0, 0.08);
  transform: rotate(-30deg); pointer-events: none; z-index: -1; }
.imprint { margin-top: 28pt; border-top: 1px solid #000; border-bottom: 1px solid #000; display: flex; justify-content: space-between;
  font-size: 14pt; line-height: 24pt; padding: 2pt 1em; page-break-inside: avoid; }
`);

/**
 * How a rendering is marked: a preview is a draft (草稿, watermarked on every page), never a
 * document; an issued document carries its number (文号) under the issuer's name; a report of the
 * bureau's own figures (a monthly 通报) is printed as it stands, with neither.
 */
export type DocumentMark = { readonly draft: true } | { readonly number: string } | { readonly report: true };

export function documentHtml(page: DocumentPage, mark: DocumentMark): string {
  return `<!DOCTYPE html>\n${html`<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}（${page.receiptNumber}）</title>
<style>${STYLE}</style>
</head>
<body>
${'draft' in mark && html`<div class="watermark">草稿</div>`}
<header>
${'draft' in mark && html`<div class="draft-notice">草稿（预览，未印发，无文号）</div>`}
<div class="issuer">${page.issuer}</div>
${'number' in mark && html`<div class="number">${mark.number}</div>`}
<h1>${page.title}</h1>
<div class="receipt">${page.referenceLabel ?? '受理编号'}：${page.receiptNumber}</div>
</header>
<main>
${page.body}
</main>
${page.signatures && html`<section class="parties">${page.signatures.map((line) => html`<p>${line}：</p>`)}</section>`}
<div class="signature"><div>${page.issuer}</div><div class="seal">（印章）</div><div>${chineseDate(page.date)}</div></div>
<footer class="imprint"><span>${page.bureauName}</span><span>${page.referenceLabel ?? '受理编号'}：${page.receiptNumber}</span></footer>
</body>
</html>`}\n`;
}

/** A paragraph of the template's own words around case text; case text keeps its line breaks. */
export function paragraph(...content: HtmlValue[]): SafeHtml {
  return html`<p>${content}</p>`;
}

export function text(value: string): SafeHtml {
  return html`<span class="text">${value}</span>`;
}

export function heading(value: string): SafeHtml {
  return html`<h2>${value}</h2>`;
}

type DecodedPetitioner = Petitioner & { erasedFields?: readonly string[] };

const ERASED = '（已依法删除）';

/** Who the petitioners are; the ID number and address as the codec opened them, or shown as erased. */
export function petitionerLines(petitioners: readonly DecodedPetitioner[], groupSize: number | undefined): SafeHtml {
  const field = (petitioner: DecodedPetitioner, name: 'idNumber' | 'address') =>
    petitioner.erasedFields?.includes(name) ? ERASED : petitioner[name];
  const lines = petitioners.map((petitioner) => {
    const idNumber = field(petitioner, 'idNumber');
    const address = field(petitioner, 'address');
    return html`<p class="flush">信访人：${petitioner.name}${idNumber && html`，公民身份号码：${idNumber}`}${address && html`，住址：${address}`}。</p>`;
  });
  const group = groupSize !== undefined && html`<p class="flush">（集体访，共${groupSize}人，推选代表${petitioners.length}人）</p>`;
  return html`${lines}${group}`;
}

/** The salutation of a notice: every petitioner named once. */
export function addressee(petitioners: readonly Petitioner[]): SafeHtml {
  return html`<p class="flush">${petitioners.map((petitioner) => petitioner.name).join('、')}：</p>`;
}

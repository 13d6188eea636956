/**
 * The batch intake sheet (批量登记模板): its columns, and how a filled row becomes the body of one
 * registration for POST /petitions/batch. Free of imports on purpose: the API writes the template
 * from it, and the workbench reads an uploaded sheet with it in the browser.
 *
 * A cell's text is sent as it stands, after its Chinese word is turned into the API's code where it
 * has one (类别 涉房涉建 → housing_construction); a word the sheet does not know is sent unchanged,
 * so the API's own validation names it, the same way it names an empty required cell.
 */

export type IntakeField =
  | 'channel' | 'receivedAt' | 'name' | 'idNumber' | 'phone' | 'address' | 'groupSize'
  | 'subject' | 'category' | 'content' | 'demands' | 'responsibleUnit' | 'backlogKinds';

export interface IntakeColumn {
  readonly field: IntakeField;
  readonly header: string;
  readonly required: boolean;
  /** What the column takes, for the template's 填写说明 sheet. */
  readonly note: string;
  /** Chinese word → code, where the column holds a code. */
  readonly words?: Readonly<Record<string, string>>;
  readonly width: number;
  /** Kept as text in the template, so Excel does not turn an ID number or a date into a number. */
  readonly text?: boolean;
}

const CHANNEL_WORDS = { 走访: 'visit', 来信: 'letter', 网上信访: 'online', 网上: 'online', 电话: 'phone' };
const CATEGORY_WORDS = { 涉房涉建: 'housing_construction', 劳动社保: 'labour_social_security', 农业农村: 'agriculture_rural', 涉法涉诉: 'law_litigation' };
const BACKLOG_WORDS = { 四级访未化解: 'four_level', 信访积案: 'long_standing', 重复访未化解: 'repeat' };

export const INTAKE_COLUMNS: readonly IntakeColumn[] = [
  { field: 'channel', header: '信访形式', required: true, note: '走访、来信、网上信访或电话', words: CHANNEL_WORDS, width: 10 },
  { field: 'receivedAt', header: '收到日期', required: false, note: 'YYYY-MM-DD，如 2026-03-02；不填为今天', width: 12, text: true },
  { field: 'name', header: '信访人姓名', required: true, note: '每行一位信访人（集体访填代表）', width: 12 },
  { field: 'idNumber', header: '身份证号', required: false, note: '18位居民身份证号码', width: 22, text: true },
  { field: 'phone', header: '联系电话', required: false, note: '手机或固定电话', width: 16, text: true },
  { field: 'address', header: '住址', required: false, note: '', width: 24 },
  { field: 'groupSize', header: '人数', required: false, note: '集体访的人数（整数）；个人访不填', width: 8 },
  { field: 'subject', header: '事项标题', required: true, note: '不超过200字', width: 30 },
  { field: 'category', header: '类别', required: true, note: '涉房涉建、劳动社保、农业农村或涉法涉诉', words: CATEGORY_WORDS, width: 12 },
  { field: 'content', header: '信访内容', required: true, note: '', width: 40 },
  { field: 'demands', header: '诉求', required: true, note: '', width: 30 },
  { field: 'responsibleUnit', header: '责任单位', required: true, note: '', width: 24 },
  { field: 'backlogKinds', header: '积案类型', required: false, note: '四级访未化解、信访积案、重复访未化解，多个用顿号分隔；不是积案不填', words: BACKLOG_WORDS, width: 20 },
];

export const INTAKE_HEADERS: readonly string[] = INTAKE_COLUMNS.map((column) => column.header);

/** A row of the sheet by header, as text (a date cell as YYYY-MM-DD), with its line number in the sheet. */
export interface SheetRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

export interface IntakeRow {
  readonly line: number;
  readonly body: Record<string, unknown>;
}

const PETITIONER_FIELDS: readonly IntakeField[] = ['name', 'idNumber', 'phone', 'address'];

/** Each filled row as a registration body, in the order of the sheet. */
export function registrationsOf(rows: readonly SheetRow[]): IntakeRow[] {
  return rows.map(({ line, cells }) => {
    const body: Record<string, unknown> = {};
    const petitioner: Record<string, unknown> = {};
    for (const column of INTAKE_COLUMNS) {
      const text = (cells[column.header] ?? '').trim();
      if (text === '') continue;
      const value = valueOf(column, text);
      if (PETITIONER_FIELDS.includes(column.field)) petitioner[column.field] = value;
      else body[column.field] = value;
    }
    return { line, body: { ...body, petitioners: [petitioner] } };
  });
}

/** The headers a sheet lacks, so a wrong file is named before anything is sent. */
export function missingHeaders(header: readonly string[]): string[] {
  return INTAKE_COLUMNS.filter((column) => column.required && !header.includes(column.header)).map((column) => column.header);
}

function valueOf(column: IntakeColumn, text: string): unknown {
  if (column.field === 'backlogKinds') return text.split(/[、,，;；\s]+/).filter(Boolean).map((word) => column.words?.[word] ?? word);
  if (column.field === 'groupSize') return /^\d+$/.test(text) ? Number(text) : text;
  // A date entered into the text column arrives as Excel's serial day number.
  if (column.field === 'receivedAt' && /^\d{5}$/.test(text)) return new Date(Date.UTC(1899, 11, 30) + Number(text) * 86_400_000).toISOString().slice(0, 10);
  return column.words?.[text] ?? text;
}

/** The least of a worksheet the reader needs: exceljs's in Node and in the browser alike. */
export interface WorksheetLike {
  readonly rowCount: number;
  getRow(line: number): { readonly cellCount: number; getCell(column: number): { readonly value: unknown } };
}

/** The header (row 1) and every non-empty row after it, as text. */
export function readSheet(sheet: WorksheetLike): { header: string[]; rows: SheetRow[] } {
  const header = rowTexts(sheet, 1);
  const rows: SheetRow[] = [];
  for (let line = 2; line <= sheet.rowCount; line++) {
    const texts = rowTexts(sheet, line);
    if (texts.every((text) => text === '')) continue;
    rows.push({ line, cells: Object.fromEntries(header.map((name, index) => [name, texts[index] ?? ''])) });
  }
  return { header, rows };
}

function rowTexts(sheet: WorksheetLike, line: number): string[] {
  const row = sheet.getRow(line);
  return Array.from({ length: row.cellCount }, (_, index) => cellText(row.getCell(index + 1).value));
}

/** A cell's value as text: a date cell as its day, rich text joined, a formula's result. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part: { text?: string }) => part.text ?? '').join('').trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return cellText(value.result);
    return '';
  }
  return String(value).trim();
}

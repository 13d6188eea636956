import { StreamableFile } from '@nestjs/common';
import ExcelJS from 'exceljs';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type Cell = string | number | boolean | null | undefined;

/** One column of a table: its Chinese header and how a row fills it. */
export interface Column<Row> {
  readonly header: string;
  readonly value: (row: Row) => Cell;
  readonly width?: number;
}

/**
 * One worksheet: optional lines above the table (a title block), a bold header row, the rows, and
 * an optional bold totals row. Every export of the service (lists, deadlines, stats, ledgers, the
 * intake template) is a list of these, so they all look alike.
 */
export interface Sheet {
  readonly name: string;
  readonly preface?: readonly Cell[][];
  readonly header: readonly string[];
  readonly rows: readonly Cell[][];
  readonly totals?: readonly Cell[];
  /** Column widths in characters; by default from the header. */
  readonly widths?: readonly number[];
  /** Columns kept as text when a user fills them in Excel (an ID number, a date typed as 2026-03-02). */
  readonly textColumns?: readonly number[];
}

/** A sheet of `rows`, one line each, with the columns' headers. */
export function tableSheet<Row>(name: string, columns: readonly Column<Row>[], rows: readonly Row[]): Sheet {
  return {
    name,
    header: columns.map((column) => column.header),
    rows: rows.map((row) => columns.map((column) => column.value(row))),
    widths: columns.map((column) => column.width ?? Math.max(10, column.header.length * 2 + 2)),
  };
}

/** The workbook's bytes. */
export async function writeWorkbook(sheets: readonly Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    if (sheet.preface) worksheet.addRows(sheet.preface.map((line) => [...line]));
    worksheet.addRow([...sheet.header]).font = { bold: true };
    worksheet.addRows(sheet.rows.map((row) => row.map((cell) => cell ?? null)));
    if (sheet.totals) worksheet.addRow([...sheet.totals]).font = { bold: true };
    const widths = sheet.widths ?? sheet.header.map((header) => Math.max(10, header.length * 2 + 2));
    widths.forEach((width, index) => (worksheet.getColumn(index + 1).width = width));
    for (const index of sheet.textColumns ?? []) worksheet.getColumn(index + 1).numFmt = '@';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The workbook as a download: an ASCII file name for old clients and the Chinese one (RFC 6266 `filename*`). */
export function xlsxDownload(bytes: Buffer, asciiName: string, chineseName: string): StreamableFile {
  return new StreamableFile(bytes, {
    type: XLSX_MEDIA_TYPE,
    disposition: `attachment; filename="${asciiName}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${chineseName}.xlsx`)}`,
  });
}

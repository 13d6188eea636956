import ExcelJS from 'exceljs';
import type { Test } from 'supertest';

/** The response body as bytes (supertest would otherwise try to read a workbook as text). */
export function asBytes(request: Test): Test {
  return request.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

export async function openWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer as an ArrayBuffer: hand it the bytes' own ArrayBuffer slice.
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

/** A sheet's rows from `from` on, as plain arrays of cell values (exceljs's row.values starts at index 1). */
export function sheetRows(sheet: ExcelJS.Worksheet, from = 1): unknown[][] {
  const rows: unknown[][] = [];
  for (let line = from; line <= sheet.rowCount; line++) {
    const values = sheet.getRow(line).values as unknown[];
    rows.push(Array.from({ length: sheet.columnCount }, (_, index) => values[index + 1] ?? null));
  }
  return rows;
}

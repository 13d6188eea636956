import { writeWorkbook } from '../../exports/xlsx-workbook.js';
import { INTAKE_COLUMNS, INTAKE_HEADERS } from './intake-sheet.js';

export const INTAKE_SHEET_NAME = '批量登记';

/** The empty template: the registration columns with Chinese headers, and how to fill each. */
export function intakeTemplate(): Promise<Buffer> {
  return writeWorkbook([
    {
      name: INTAKE_SHEET_NAME,
      header: INTAKE_HEADERS,
      rows: [],
      widths: INTAKE_COLUMNS.map((column) => column.width),
      textColumns: INTAKE_COLUMNS.flatMap((column, index) => (column.text ? [index] : [])),
    },
    {
      name: '填写说明',
      preface: [['每行登记一件信访事项，从第2行起填写；一次最多100行。带“必填”的列不能空。'], []],
      header: ['列名', '是否必填', '填写要求'],
      rows: INTAKE_COLUMNS.map((column) => [column.header, column.required ? '必填' : '选填', column.note]),
      widths: [14, 10, 60],
    },
  ]);
}

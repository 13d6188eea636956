import { type ChangeEvent, useState } from 'react';
import { missingHeaders, readSheet, registrationsOf, type IntakeRow } from '../../../api/src/petitions/intake/intake-sheet.js';
import { call, newIdempotencyKey } from '../api.js';
import { describeFailure } from '../form.js';
import { Panel, TableBox } from '../parts.js';
import { hrefOf } from '../route.js';

/** POST /petitions/batch takes at most this many items; a longer sheet goes in several batches. */
const BATCH_SIZE = 100;

interface ItemResult {
  index: number;
  status: number;
  id?: string;
  receiptNumber?: string;
  errors?: { field: string; message: string }[];
}

interface RowResult {
  line: number;
  result: ItemResult;
}

/**
 * 批量登记: the template is downloaded from the API; a filled one is read here, in the browser
 * (exceljs, loaded only when a file is chosen), into registration bodies by the same module the API
 * writes the template from, and sent to POST /petitions/batch — the one route for many
 * registrations, so each row is validated and recorded exactly as a single registration is.
 */
export function BatchIntake() {
  const [rows, setRows] = useState<IntakeRow[] | undefined>();
  const [fileError, setFileError] = useState<string | undefined>();
  const [results, setResults] = useState<RowResult[] | undefined>();
  const [sending, setSending] = useState(false);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    setRows(undefined);
    setResults(undefined);
    setFileError(undefined);
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      const { default: ExcelJS } = await import('exceljs');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await file.arrayBuffer());
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new Error('工作簿中没有工作表');
      const { header, rows: filled } = readSheet(sheet);
      const missing = missingHeaders(header);
      if (missing.length > 0) {
        setFileError(`这不是批量登记模板：缺少列 ${missing.join('、')}。请下载模板后填写。`);
        return;
      }
      if (filled.length === 0) {
        setFileError('表中没有填写任何事项。');
        return;
      }
      setRows(registrationsOf(filled));
    } catch {
      setFileError('无法读取该文件：请上传用模板填写的 Excel 文件（.xlsx）。');
    }
  }

  async function send() {
    if (!rows) return;
    setSending(true);
    setFileError(undefined);
    const answered: RowResult[] = [];
    try {
      for (let start = 0; start < rows.length; start += BATCH_SIZE) {
        const chunk = rows.slice(start, start + BATCH_SIZE);
        const { data } = await call<{ results: ItemResult[] }>('POST', '/petitions/batch', { body: { items: chunk.map((row) => row.body) }, idempotencyKey: newIdempotencyKey() });
        answered.push(...data.results.map((result) => ({ line: chunk[result.index]!.line, result })));
      }
    } catch (error) {
      setFileError(`提交中断（已处理 ${answered.length} 行）：${describeFailure(error)}`);
    }
    setResults(answered);
    setRows(undefined);
    setSending(false);
  }

  const registered = results?.filter((row) => row.result.status === 201).length ?? 0;
  return (
    <Panel title="批量登记（Excel）" actions={<a className="button quiet" href="/petitions/batch/template" download>下载模板</a>}>
      <p className="note">按模板每行填写一件信访事项，上传后先核对行数，再提交；每行单独登记，有误的行不影响其他行。</p>
      <input type="file" aria-label="选择已填写的模板" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(event) => void choose(event)} />
      {fileError ? <p className="status error" role="alert">{fileError}</p> : null}
      {rows ? (
        <p className="status">
          读取到 {rows.length} 行待登记。 <button type="button" disabled={sending} onClick={() => void send()}>{sending ? '正在提交…' : `提交 ${rows.length} 行`}</button>
        </p>
      ) : null}
      {results ? (
        <>
          <p className="status" data-testid="batch-summary">已登记 {registered} 行，未登记 {results.length - registered} 行。</p>
          <TableBox>
            <table className="compact" data-testid="batch-results">
              <thead><tr><th>行号</th><th>结果</th><th>受理编号或原因</th></tr></thead>
              <tbody>
                {results.map(({ line, result }) => (
                  <tr key={line}>
                    <td>{line}</td>
                    <td>{result.status === 201 ? '已登记' : '未登记'}</td>
                    <td className="wrap">
                      {result.status === 201 && result.id ? <a href={hrefOf('case', result.id)}>{result.receiptNumber}</a> : (result.errors ?? []).map((error) => error.message).join('；')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        </>
      ) : null}
    </Panel>
  );
}

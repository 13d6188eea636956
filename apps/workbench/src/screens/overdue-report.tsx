import { useState } from 'react';
import { get } from '../api.js';
import type { OverdueReport as Report } from '../case-types.js';
import { Empty, Loading, Panel, TableBox, useLoad } from '../parts.js';

/** This month, as the bureau's calendar reads it (UTC+8). */
function thisMonth(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
}

const COLUMNS: { key: keyof Report['totals']; label: string }[] = [
  { key: 'cases30', label: '超期30日案件' },
  { key: 'clocks30', label: '超期30日时限' },
  { key: 'cases60', label: '超期60日案件' },
  { key: 'clocks60', label: '超期60日时限' },
  { key: 'supervisionsIssued', label: '本月督办' },
  { key: 'supervisionsAnswered', label: '本月反馈' },
  { key: 'supervisionsEscalated', label: '本月升级' },
];

/** 逾期通报: the month's overdue report per unit (GET /reports/overdue), and the 通报 as a PDF. */
export function OverdueReport() {
  const [month, setMonth] = useState(thisMonth);
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const [report] = useLoad(() => (valid ? get<Report>('/reports/overdue', { month }) : Promise.reject(new Error(month))), month);
  return (
    <div className="view" data-screen="overdue">
      <Panel
        title="逾期通报"
        actions={
          <div className="step-buttons">
            <input type="month" aria-label="月份" value={month} onChange={(event) => setMonth(event.target.value)} />
            {valid ? <a className="button quiet" href={`/reports/overdue?month=${month}&format=pdf`} target="_blank" rel="noreferrer" data-testid="overdue-pdf">通报 PDF</a> : null}
          </div>
        }
      >
        <Loading state={report}>
          {(found) => (
            <>
              <p className="note">截至 {found.monthEnd}，各单位仍在运行且已超过届满日 30 日、60 日以上的责任时限及其案件；本月督办、反馈、升级的次数。</p>
              {found.units.length === 0 ? <Empty /> : (
                <TableBox>
                  <table data-testid="overdue-report">
                    <thead><tr><th>责任单位</th>{COLUMNS.map((column) => <th key={column.key}>{column.label}</th>)}</tr></thead>
                    <tbody>
                      {found.units.map((line) => (
                        <tr key={line.unit} data-unit={line.unit}>
                          <td>{line.unitName ?? line.unit}</td>
                          {COLUMNS.map((column) => <td key={column.key}>{line[column.key]}</td>)}
                        </tr>
                      ))}
                    </tbody>
                    <tfoot><tr><th>合计</th>{COLUMNS.map((column) => <th key={column.key}>{found.totals[column.key]}</th>)}</tr></tfoot>
                  </table>
                </TableBox>
              )}
            </>
          )}
        </Loading>
      </Panel>
    </div>
  );
}

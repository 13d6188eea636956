import { useState } from 'react';
import { get } from '../api.js';
import type { DeadlinePage } from '../case-types.js';
import { CATEGORY_LABELS, CLOCK_LABELS, CLOCK_STATE_LABELS, labelOf } from '../labels.js';
import { Empty, Loading, Panel, TableBox, useLoad } from '../parts.js';
import { hrefOf } from '../route.js';

const VIEWS: Record<string, string> = { 'overdue,due_soon': '超期与临期', overdue: '已超期', due_soon: '即将到期', open: '进行中' };

/** 期限预警: statutory clocks by state, the most urgent first. */
export function Deadlines() {
  const [state, setState] = useState('overdue,due_soon');
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const [page] = useLoad(() => get<DeadlinePage>('/deadlines', { state, limit: 50, cursor }), `${state}|${cursor ?? ''}`);
  return (
    <div className="view" data-screen="deadlines">
      <Panel
        title="期限预警"
        actions={
          <div className="step-buttons">
            <select aria-label="期限状态" value={state} onChange={(event) => { setState(event.target.value); setCursors([undefined]); }}>
              {Object.entries(VIEWS).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
            </select>
            <a className="button quiet" href={`/deadlines?format=xlsx&state=${encodeURIComponent(state)}`} download>导出 Excel</a>
          </div>
        }
      >
        <Loading state={page}>
          {(found) => (
            <>
              {found.items.length === 0 ? <Empty /> : (
                <TableBox>
                  <table>
                    <thead><tr><th>受理编号</th><th>期限</th><th>类别</th><th>单位</th><th>届满日</th><th>状态</th></tr></thead>
                    <tbody>
                      {found.items.map((item) => (
                        <tr key={`${item.petitionId}-${item.clock}-${item.seq}`} data-state={item.state}>
                          <td><a href={hrefOf('case', item.petitionId)}>{item.receiptNumber}</a></td>
                          <td>{labelOf(CLOCK_LABELS, item.clock)}</td>
                          <td>{labelOf(CATEGORY_LABELS, item.category)}</td>
                          <td>{item.unit}</td>
                          <td>{item.deadline ?? `待定（${item.uncovered}）`}</td>
                          <td><span className={`badge ${item.state}`}>{labelOf(CLOCK_STATE_LABELS, item.state)}</span>{item.daysLeft !== null ? <span className="muted"> {item.daysLeft < 0 ? `超期 ${-item.daysLeft} 天` : `剩余 ${item.daysLeft} 天`}</span> : null}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableBox>
              )}
              <div className="pager">
                <button type="button" className="quiet" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>上一页</button>
                <span>第 {cursors.length} 页</span>
                <button type="button" className="quiet" disabled={!found.nextCursor} onClick={() => setCursors([...cursors, found.nextCursor!])}>下一页</button>
              </div>
            </>
          )}
        </Loading>
      </Panel>
    </div>
  );
}

import { useState } from 'react';
import { get, type Session } from '../api.js';
import { CATEGORY_LABELS, CLOCK_LABELS, CLOCK_STATE_LABELS, labelOf, STAGE_LABELS } from '../labels.js';
import { Empty, Loading, Panel, TableBox, useLoad } from '../parts.js';
import { hrefOf } from '../route.js';

interface InboxClock {
  clock: string;
  seq: number;
  state: string;
  deadline?: string | null;
  daysLeft?: number | null;
}

interface InboxItem {
  petitionId: string;
  receiptNumber: string;
  subject: string;
  stage: string;
  category: string;
  receivedOn: string;
  clocks: InboxClock[];
}

interface Inbox {
  unit: string;
  asOf: string;
  items: InboxItem[];
  nextCursor: string | null;
}

const RUNNING = new Set(['open', 'due_soon', 'overdue']);

/** 本单位案件: the cases handed to the user's unit (GET /units/{code}/inbox), with the clocks still running. */
export function UnitInbox({ session }: { session: Session }) {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const [inbox] = useLoad(() => get<Inbox>(`/units/${encodeURIComponent(session.unit ?? '')}/inbox`, { limit: 50, cursor }), cursor ?? '');
  if (!session.unit) return <p className="status error" role="alert">当前账号没有所属单位，请联系管理员。</p>;
  return (
    <div className="view" data-screen="inbox">
      <Panel title={`本单位案件（${session.unit}）`}>
        <Loading state={inbox}>
          {(found) => (
            <>
              {found.items.length === 0 ? <Empty /> : (
                <TableBox>
                  <table data-testid="inbox">
                    <thead><tr><th>受理编号</th><th>事项</th><th>类别</th><th>阶段</th><th>收到日期</th><th>期限</th></tr></thead>
                    <tbody>
                      {found.items.map((item) => (
                        <tr key={item.petitionId} data-petition={item.petitionId}>
                          <td><a href={hrefOf('case', item.petitionId)}>{item.receiptNumber}</a></td>
                          <td className="wrap">{item.subject}</td>
                          <td>{labelOf(CATEGORY_LABELS, item.category)}</td>
                          <td>{labelOf(STAGE_LABELS, item.stage)}</td>
                          <td>{item.receivedOn}</td>
                          <td className="wrap">
                            {item.clocks.filter((clock) => RUNNING.has(clock.state)).map((clock) => (
                              <span key={`${clock.clock}-${clock.seq}`} className="clock-chip">
                                {labelOf(CLOCK_LABELS, clock.clock)} {clock.deadline ?? ''} <span className={`badge ${clock.state}`}>{labelOf(CLOCK_STATE_LABELS, clock.state)}</span>
                              </span>
                            ))}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableBox>
              )}
              <div className="pager">
                <button type="button" className="quiet" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>上一页</button>
                <button type="button" className="quiet" disabled={!found.nextCursor} onClick={() => setCursors([...cursors, found.nextCursor ?? undefined])}>下一页</button>
              </div>
            </>
          )}
        </Loading>
      </Panel>
    </div>
  );
}

import { type FormEvent, useState } from 'react';
import { get, type Session } from '../api.js';
import type { ProposalPage, SupervisionPage } from '../case-types.js';
import { CLOCK_LABELS, labelOf, SUPERVISION_LEVEL_LABELS, SUPERVISION_STATE_LABELS } from '../labels.js';
import { Empty, Loading, Panel, TableBox, useLoad } from '../parts.js';
import { go, hrefOf } from '../route.js';

const PAGE_SIZE = 50;
const STATE_FILTERS: Record<string, string> = { ...SUPERVISION_STATE_LABELS, escalated: '已升级' };

interface Filters {
  state: string;
  unit: string;
  level: string;
}

/** 督查督办: the supervision register (GET /supervisions) by state, unit and level, and the overdue duties proposed for supervision. */
export function Supervisions({ session }: { session: Session }) {
  const mayIssue = session.roles.some((role) => role === 'clerk' || role === 'admin');
  const [tab, setTab] = useState<'register' | 'proposed'>('register');
  return (
    <div className="view" data-screen="supervision">
      <div className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'register'} className={tab === 'register' ? '' : 'quiet'} onClick={() => setTab('register')}>督办台账</button>
        <button type="button" role="tab" aria-selected={tab === 'proposed'} className={tab === 'proposed' ? '' : 'quiet'} onClick={() => setTab('proposed')}>待督办</button>
      </div>
      {tab === 'register' ? <Register /> : <Proposals mayIssue={mayIssue} />}
    </div>
  );
}

function Register() {
  const [draft, setDraft] = useState<Filters>({ state: '', unit: '', level: '' });
  const [filters, setFilters] = useState<Filters>(draft);
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const query = { state: filters.state || undefined, unit: filters.unit.trim() || undefined, level: filters.level || undefined };
  const [page] = useLoad(() => get<SupervisionPage>('/supervisions', { ...query, limit: PAGE_SIZE, cursor }), JSON.stringify([filters, cursor]));
  // The unit register, to choose a unit by its name (a code typed in when the register is empty).
  const [units] = useLoad(() => get<{ items: { code: string; name: string }[] }>('/units'), 'units');
  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
    setCursors([undefined]);
  };
  return (
    <Panel title="督办台账" actions={<a className="button quiet" href={exportUrl(filters)} download data-testid="export-supervisions">导出 Excel</a>}>
      <form className="filters" onSubmit={search}>
        <select aria-label="督办状态" value={draft.state} onChange={(event) => setDraft({ ...draft, state: event.target.value })}>
          <option value="">全部状态</option>
          {Object.entries(STATE_FILTERS).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
        </select>
        {units.status === 'ready' && units.data.items.length > 0 ? (
          <select aria-label="责任单位" value={draft.unit} onChange={(event) => setDraft({ ...draft, unit: event.target.value })}>
            <option value="">全部单位</option>
            {units.data.items.map((unit) => <option key={unit.code} value={unit.code}>{unit.name}</option>)}
          </select>
        ) : (
          <input type="search" aria-label="责任单位" placeholder="责任单位代码" value={draft.unit} onChange={(event) => setDraft({ ...draft, unit: event.target.value })} />
        )}
        <select aria-label="督办级别" value={draft.level} onChange={(event) => setDraft({ ...draft, level: event.target.value })}>
          <option value="">全部级别</option>
          {Object.entries(SUPERVISION_LEVEL_LABELS).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
        </select>
        <button type="submit">查询</button>
      </form>
      <Loading state={page}>
        {(found) => (
          <>
            {found.items.length === 0 ? <Empty /> : (
              <TableBox>
                <table data-testid="supervision-register">
                  <thead><tr><th>受理编号</th><th>督办事项</th><th>责任单位</th><th>级别</th><th>反馈期限</th><th>状态</th><th>包案领导</th></tr></thead>
                  <tbody>
                    {found.items.map((item) => (
                      <tr key={item.supervisionId} data-supervision={item.supervisionId} data-state={item.state}>
                        <td><a href={hrefOf('case', item.petitionId)}>{item.receiptNumber}</a></td>
                        <td className="wrap">{item.subject}</td>
                        <td>{item.unitName ?? item.unit}</td>
                        <td>{labelOf(SUPERVISION_LEVEL_LABELS, item.level)}{item.escalated ? '（已升级）' : ''}</td>
                        <td>{item.answerBy}</td>
                        <td><span className={`badge ${item.state}`}>{labelOf(SUPERVISION_STATE_LABELS, item.state)}</span>{item.answeredOn ? <span className="muted"> {item.answeredOn}</span> : null}</td>
                        <td>{item.owner ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableBox>
            )}
            <Pager cursors={cursors} setCursors={setCursors} next={found.nextCursor} />
          </>
        )}
      </Loading>
    </Panel>
  );
}

/** 待督办: overdue duty clocks whose unit has not been supervised on the case since; a person decides, on the case page's form. */
function Proposals({ mayIssue }: { mayIssue: boolean }) {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const [page] = useLoad(() => get<ProposalPage>('/supervisions', { proposed: true, limit: PAGE_SIZE, cursor }), cursor ?? '');
  return (
    <Panel title="待督办">
      <p className="note">超期的责任时限，其单位自时限起算后尚未被督办；是否督办由工作人员决定。</p>
      <Loading state={page}>
        {(found) => (
          <>
            {found.items.length === 0 ? <Empty /> : (
              <TableBox>
                <table data-testid="supervision-proposals">
                  <thead><tr><th>受理编号</th><th>事项</th><th>责任单位</th><th>期限</th><th>届满日</th><th>超期天数</th><th>包案领导</th>{mayIssue ? <th /> : null}</tr></thead>
                  <tbody>
                    {found.items.map((item) => (
                      <tr key={`${item.petitionId}-${item.clock}-${item.seq}`} data-petition={item.petitionId}>
                        <td><a href={hrefOf('case', item.petitionId)}>{item.receiptNumber}</a></td>
                        <td className="wrap">{item.subject}</td>
                        <td>{item.unitName ?? item.unit}</td>
                        <td>{labelOf(CLOCK_LABELS, item.clock)}</td>
                        <td>{item.deadline}</td>
                        <td>{item.daysOverdue}</td>
                        <td>{item.owner ?? '—'}</td>
                        {mayIssue ? <td><button type="button" onClick={() => go('case', item.petitionId, { supervise: item.clock, unit: item.unit })}>督办</button></td> : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableBox>
            )}
            <Pager cursors={cursors} setCursors={setCursors} next={found.nextCursor} />
          </>
        )}
      </Loading>
    </Panel>
  );
}

function Pager({ cursors, setCursors, next }: { cursors: (string | undefined)[]; setCursors: (cursors: (string | undefined)[]) => void; next: string | null }) {
  return (
    <div className="pager">
      <button type="button" className="quiet" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>上一页</button>
      <span>第 {cursors.length} 页</span>
      <button type="button" className="quiet" disabled={!next} onClick={() => setCursors([...cursors, next ?? undefined])}>下一页</button>
    </div>
  );
}

/** The same filters as the whole register in a workbook (GET /supervisions?format=xlsx), with Chinese headers. */
function exportUrl(filters: Filters): string {
  const query = new URLSearchParams({ format: 'xlsx' });
  if (filters.state) query.set('state', filters.state);
  if (filters.unit.trim()) query.set('unit', filters.unit.trim());
  if (filters.level) query.set('level', filters.level);
  return `/supervisions?${query.toString()}`;
}

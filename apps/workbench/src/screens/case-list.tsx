import { type FormEvent, useState } from 'react';
import { get } from '../api.js';
import type { Page, PetitionListItem } from '../case-types.js';
import { CATEGORY_LABELS, labelOf, STAGE_LABELS } from '../labels.js';
import { Empty, Loading, Panel, TableBox, useLoad } from '../parts.js';
import { hrefOf } from '../route.js';

const PAGE_SIZE = 20;

interface Filters {
  q: string;
  category: string;
  stage: string;
  overdue: boolean;
}

/** 案件查询: search and filter the case list, a page at a time (the API's cursors, kept to go back). */
export function CaseList() {
  const [draft, setDraft] = useState<Filters>({ q: '', category: '', stage: '', overdue: false });
  const [filters, setFilters] = useState<Filters>(draft);
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const [page] = useLoad(
    () => get<Page<PetitionListItem>>('/petitions', { limit: PAGE_SIZE, cursor, q: filters.q.trim() || undefined, category: filters.category || undefined, stage: filters.stage || undefined, overdue: filters.overdue || undefined }),
    JSON.stringify([filters, cursor]),
  );
  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
    setCursors([undefined]);
  };
  return (
    <div className="view" data-screen="cases">
      <Panel title="案件查询" actions={<a className="button quiet" href={exportUrl(filters)} download data-testid="export-list">导出 Excel</a>}>
        <form className="filters" onSubmit={search}>
          <input type="search" aria-label="受理编号、标题或信访人" placeholder="受理编号、标题或信访人" value={draft.q} onChange={(event) => setDraft({ ...draft, q: event.target.value })} />
          <select aria-label="类别" value={draft.category} onChange={(event) => setDraft({ ...draft, category: event.target.value })}>
            <option value="">全部类别</option>
            {Object.entries(CATEGORY_LABELS).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
          </select>
          <select aria-label="阶段" value={draft.stage} onChange={(event) => setDraft({ ...draft, stage: event.target.value })}>
            <option value="">全部阶段</option>
            {Object.entries(STAGE_LABELS).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
          </select>
          <label className="choice"><input type="checkbox" checked={draft.overdue} onChange={(event) => setDraft({ ...draft, overdue: event.target.checked })} />仅超期</label>
          <button type="submit">查询</button>
        </form>
        <Loading state={page}>
          {(found) => (
            <>
              {found.items.length === 0 ? <Empty /> : (
                <TableBox>
                  <table>
                    <thead><tr><th>受理编号</th><th>事项</th><th>类别</th><th>阶段</th><th>收到日期</th><th>责任单位</th></tr></thead>
                    <tbody>
                      {found.items.map((item) => (
                        <tr key={item.petitionId}>
                          <td><a href={hrefOf('case', item.petitionId)}>{item.receiptNumber}</a></td>
                          <td className="wrap">{item.subject}</td>
                          <td>{labelOf(CATEGORY_LABELS, item.category)}</td>
                          <td>{labelOf(STAGE_LABELS, item.stage)}</td>
                          <td>{item.receivedOn}</td>
                          <td>{item.handlingUnit ?? item.responsibleUnit}</td>
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

/** The same filters as a workbook of every match (GET /petitions?format=xlsx), with Chinese headers. */
function exportUrl(filters: Filters): string {
  const query = new URLSearchParams({ format: 'xlsx' });
  if (filters.q.trim()) query.set('q', filters.q.trim());
  if (filters.category) query.set('category', filters.category);
  if (filters.stage) query.set('stage', filters.stage);
  if (filters.overdue) query.set('overdue', 'true');
  return `/petitions?${query.toString()}`;
}

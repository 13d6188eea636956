import { type FormEvent, useState } from 'react';
import { allPages, type DeadlineItem, type DeadlinePage, getJson, type PetitionCase, type PetitionPage } from '../api.js';
import { CATEGORY_LABELS, CLOCK_LABELS, CLOCK_STATE_LABELS, EVENT_LABELS, labelOf, ROLE_LABELS, STAGE_LABELS } from '../labels.js';
import { Loading, Panel } from '../parts.js';
import { hrefOf } from '../route.js';
import { useLoad } from '../use-load.js';
import { ClockChart } from './clock-chart.js';

/** 案件时间线: find a case, then its steps in order and its statutory clocks as of the day. */
export function CaseView({ asOf, caseId }: { asOf: string; caseId: string | undefined }) {
  return (
    <div className="view" data-view="case">
      <CaseSearch asOf={asOf} />
      {caseId ? <CaseTimeline asOf={asOf} caseId={caseId} /> : <p className="status">输入受理编号、事项标题或信访人姓名查找案件。</p>}
    </div>
  );
}

function CaseSearch({ asOf }: { asOf: string }) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery(text.trim());
  };
  return (
    <Panel title="查找案件">
      <form className="search" onSubmit={submit}>
        <input type="search" aria-label="受理编号或关键词" value={text} onChange={(event) => setText(event.target.value)} placeholder="如 XF20260302-…" />
        <button type="submit">查找</button>
      </form>
      {query ? <SearchResults query={query} asOf={asOf} /> : null}
    </Panel>
  );
}

function SearchResults({ query, asOf }: { query: string; asOf: string }) {
  const results = useLoad(() => getJson<PetitionPage>('/petitions', { q: query, limit: '20' }), query);
  return (
    <Loading state={results}>
      {(page) => page.items.length === 0 ? <p className="status">没有找到匹配的案件。</p> : (
        <ul className="results">
          {page.items.map((item) => (
            <li key={item.petitionId}>
              <a href={hrefOf({ view: 'case', caseId: item.petitionId, asOf })}>{item.receiptNumber}</a> {item.subject}（{labelOf(CATEGORY_LABELS, item.category)}，{labelOf(STAGE_LABELS, item.stage)}，{item.receivedOn} 收到）
            </li>
          ))}
        </ul>
      )}
    </Loading>
  );
}

function CaseTimeline({ asOf, caseId }: { asOf: string; caseId: string }) {
  const loaded = useLoad(async () => {
    const found = await getJson<PetitionCase>(`/petitions/${encodeURIComponent(caseId)}`);
    return { found, clocks: await clocksOf(found, asOf) };
  }, `${caseId}@${asOf}`);
  return <Loading state={loaded}>{({ found, clocks }) => <CaseDetail found={found} clocks={clocks} asOf={asOf} />}</Loading>;
}

/** /deadlines has no case filter: the case's own category and unit narrow it to a few pages. */
async function clocksOf(found: PetitionCase, asOf: string): Promise<DeadlineItem[]> {
  const { petition } = found;
  const unit = petition.acceptance?.decision === 'accepted' && petition.acceptance.handlingUnit ? petition.acceptance.handlingUnit : petition.responsibleUnit;
  const items = await allPages((cursor) => getJson<DeadlinePage>('/deadlines', { category: petition.category, unit, asOf, limit: '200', cursor }), (page) => page.items, 20);
  return items.filter((item) => item.petitionId === found.id);
}

function CaseDetail({ found, clocks, asOf }: { found: PetitionCase; clocks: DeadlineItem[]; asOf: string }) {
  const { petition } = found;
  const handlingUnit = petition.acceptance?.decision === 'accepted' ? petition.acceptance.handlingUnit : undefined;
  return (
    <>
      <Panel title={`${petition.receiptNumber} · ${petition.subject}`}>
        <dl className="facts">
          <dt>当前阶段</dt><dd data-testid="case-stage">{labelOf(STAGE_LABELS, found.stage)}</dd>
          <dt>类别</dt><dd>{labelOf(CATEGORY_LABELS, petition.category)}</dd>
          <dt>收到日期</dt><dd>{petition.receivedAt}</dd>
          <dt>责任单位</dt><dd>{petition.responsibleUnit}</dd>
          {handlingUnit ? <><dt>承办单位</dt><dd>{handlingUnit}</dd></> : null}
          <dt>信访人</dt><dd>{petition.petitioners.map((petitioner) => petitioner.name).join('、')}</dd>
        </dl>
      </Panel>
      <div className="grid two">
        <Panel title="办理经过">
          <ol className="timeline">
            {found.steps.map((step) => (
              <li key={step.version} data-event={step.type}>
                <span className="when">{step.businessDate ?? step.recordedAt.slice(0, 10)}</span>
                <span className="what">{labelOf(EVENT_LABELS, step.type)}</span>
                <span className="who">{step.actor.name}（{labelOf(ROLE_LABELS, step.actor.role)}）</span>
              </li>
            ))}
          </ol>
        </Panel>
        <Panel title="法定期限" note={`截至 ${asOf}；竖线为届满日，红色虚线为基准日`}>
          {clocks.length === 0 ? <p className="status">尚无期限记录。</p> : (
            <>
              <ClockChart clocks={clocks} asOf={asOf} />
              <table className="compact">
                <thead>
                  <tr><th>期限</th><th>起算日</th><th>届满日</th><th>完成日</th><th>状态</th></tr>
                </thead>
                <tbody>
                  {clocks.map((clock) => (
                    <tr key={`${clock.clock}-${clock.seq}`} data-clock={clock.clock} data-state={clock.state}>
                      <td>{labelOf(CLOCK_LABELS, clock.clock)}</td>
                      <td>{clock.startedOn}</td>
                      <td>{clock.deadline ?? `待定（${clock.uncovered}）`}</td>
                      <td>{clock.stoppedOn && clock.stoppedOn <= asOf ? clock.stoppedOn : '—'}</td>
                      <td><span className={`badge ${clock.state}`}>{labelOf(CLOCK_STATE_LABELS, clock.state)}</span></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </Panel>
      </div>
    </>
  );
}

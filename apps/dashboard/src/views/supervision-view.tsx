import { allPages, download, getJson, type ProposalPage, type SupervisionItem, type SupervisionPage } from '../api.js';
import { CLOCK_LABELS, labelOf, SUPERVISION_LEVEL_LABELS, SUPERVISION_STATE_LABELS } from '../labels.js';
import { Figure, Loading, Panel } from '../parts.js';
import { hrefOf } from '../route.js';
import { useLoad } from '../use-load.js';

interface SupervisionData {
  register: SupervisionItem[];
  proposals: ProposalPage['items'];
}

/** 督查督办: the supervision register on the day, with the overdue duties no one has supervised yet. */
export function SupervisionView({ asOf }: { asOf: string }) {
  const data = useLoad(async (): Promise<SupervisionData> => {
    const [register, proposals] = await Promise.all([
      allPages((cursor) => getJson<SupervisionPage>('/supervisions', { asOf, limit: '200', cursor }), (page) => page.items),
      allPages((cursor) => getJson<ProposalPage>('/supervisions', { asOf, proposed: 'true', limit: '200', cursor }), (page) => page.items),
    ]);
    return { register, proposals };
  }, asOf);
  return <Loading state={data}>{(loaded) => <SupervisionPanels {...loaded} asOf={asOf} />}</Loading>;
}

function SupervisionPanels({ register, proposals, asOf }: SupervisionData & { asOf: string }) {
  const count = (state: SupervisionItem['state']) => register.filter((item) => item.state === state).length;
  const caseLink = (petitionId: string, receiptNumber: string) => <a href={hrefOf({ view: 'case', caseId: petitionId, asOf })}>{receiptNumber}</a>;
  return (
    <div className="view" data-view="supervision">
      <div className="figures">
        <Figure label="待反馈" value={count('open')} testId="open-count" />
        <Figure label="逾期未反馈" value={count('overdue')} tone={count('overdue') > 0 ? 'alert' : 'good'} testId="overdue-count" />
        <Figure label="已反馈" value={count('answered')} tone="good" testId="answered-count" />
        <Figure label="超期待督办" value={proposals.length} tone={proposals.length > 0 ? 'warn' : 'good'} testId="proposed-count" />
      </div>
      <Panel title="督办台账" note={`截至 ${asOf}，按反馈期限排序`}>
        <button type="button" onClick={() => void download('/supervisions', { asOf, format: 'xlsx' }, `督办台账-${asOf}.xlsx`)}>导出 Excel</button>
        {register.length === 0 ? <p className="status">当日没有督办事项。</p> : (
          <table data-testid="supervision-register">
            <thead>
              <tr><th>受理编号</th><th>督办事项</th><th>责任单位</th><th>级别</th><th>反馈期限</th><th>状态</th><th>包案领导</th></tr>
            </thead>
            <tbody>
              {register.map((item) => (
                <tr key={`${item.petitionId}-${item.supervisionId}`} data-state={item.state}>
                  <td>{caseLink(item.petitionId, item.receiptNumber)}</td>
                  <td>{item.subject}</td>
                  <td>{item.unitName ?? item.unit}</td>
                  <td>{labelOf(SUPERVISION_LEVEL_LABELS, item.level)}{item.escalated ? '（已升级）' : ''}</td>
                  <td>{item.answerBy}</td>
                  <td><span className={`badge ${item.state}`}>{labelOf(SUPERVISION_STATE_LABELS, item.state)}</span></td>
                  <td>{item.owner ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
      <Panel title="超期待督办" note="超期的责任时限，其单位自时限起算后尚未被督办；是否督办由工作人员决定">
        {proposals.length === 0 ? <p className="status">没有超期待督办的时限。</p> : (
          <table data-testid="supervision-proposals">
            <thead>
              <tr><th>受理编号</th><th>事项</th><th>责任单位</th><th>期限</th><th>届满日</th><th>超期天数</th></tr>
            </thead>
            <tbody>
              {proposals.map((item) => (
                <tr key={`${item.petitionId}-${item.clock}-${item.seq}`}>
                  <td>{caseLink(item.petitionId, item.receiptNumber)}</td>
                  <td>{item.subject}</td>
                  <td>{item.unitName ?? item.unit}</td>
                  <td>{labelOf(CLOCK_LABELS, item.clock)}</td>
                  <td>{item.deadline}</td>
                  <td>{item.daysOverdue}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
    </div>
  );
}

import { allPages, type DeadlineItem, type DeadlinePage, getJson } from '../api.js';
import { type ChartOption, EChart } from '../echart.js';
import { BUREAU_CLOCKS, CATEGORY_LABELS, CLOCK_LABELS, CLOCK_STATE_COLOURS, CLOCK_STATE_LABELS, labelOf } from '../labels.js';
import { Figure, Loading, Panel } from '../parts.js';
import { hrefOf } from '../route.js';
import { useLoad } from '../use-load.js';

interface UnitLoad {
  unit: string;
  overdue: number;
  dueSoon: number;
}

/** 临期与超期: the bureau's clocks overdue or due soon on the day, by the unit that must act. */
export function DeadlinesView({ asOf }: { asOf: string }) {
  const clocks = useLoad(
    () => allPages((cursor) => getJson<DeadlinePage>('/deadlines', { state: 'overdue,due_soon', clock: BUREAU_CLOCKS.join(','), asOf, limit: '200', cursor }), (page) => page.items),
    asOf,
  );
  return <Loading state={clocks}>{(items) => <DeadlinePanels items={items} asOf={asOf} />}</Loading>;
}

function DeadlinePanels({ items, asOf }: { items: DeadlineItem[]; asOf: string }) {
  const units = byUnit(items);
  const overdue = items.filter((item) => item.state === 'overdue').length;
  const ordered = [...items].sort((a, b) => (a.daysLeft ?? 0) - (b.daysLeft ?? 0) || a.unit.localeCompare(b.unit, 'zh-CN'));
  return (
    <div className="view" data-view="deadlines">
      <div className="figures">
        <Figure label="已超期（件次）" value={overdue} tone={overdue > 0 ? 'alert' : 'good'} testId="overdue-count" />
        <Figure label="即将到期（件次）" value={items.length - overdue} tone="warn" testId="due-soon-count" />
        <Figure label="涉及责任单位" value={units.length} testId="unit-count" />
      </div>
      <Panel title="各单位临期、超期情况" note={`截至 ${asOf}，按超期件次排序`}>
        {units.length === 0 ? <p className="status">当日没有临期或超期的法定期限。</p> : <EChart label="各单位临期超期条形图" option={unitOption(units)} height={Math.max(220, 48 * units.length + 70)} />}
      </Panel>
      <Panel title="临期超期清单" note="督办事项见「督查督办」">
        <table>
          <thead>
            <tr>
              <th>责任单位</th>
              <th>受理编号</th>
              <th>类别</th>
              <th>期限</th>
              <th>届满日</th>
              <th>状态</th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((item) => (
              <tr key={`${item.petitionId}-${item.clock}-${item.seq}`} data-state={item.state}>
                <td>{item.unit}</td>
                <td><a href={hrefOf({ view: 'case', caseId: item.petitionId, asOf })}>{item.receiptNumber}</a></td>
                <td>{labelOf(CATEGORY_LABELS, item.category)}</td>
                <td>{labelOf(CLOCK_LABELS, item.clock)}</td>
                <td>{item.deadline}</td>
                <td><span className={`badge ${item.state}`}>{labelOf(CLOCK_STATE_LABELS, item.state)}</span> {daysText(item)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
    </div>
  );
}

function daysText(item: DeadlineItem): string {
  if (item.daysLeft === null) return '';
  return item.daysLeft < 0 ? `超期 ${-item.daysLeft} 天` : item.daysLeft === 0 ? '今日届满' : `剩余 ${item.daysLeft} 天`;
}

function byUnit(items: readonly DeadlineItem[]): UnitLoad[] {
  const units = new Map<string, UnitLoad>();
  for (const item of items) {
    const load = units.get(item.unit) ?? { unit: item.unit, overdue: 0, dueSoon: 0 };
    if (item.state === 'overdue') load.overdue += 1;
    else load.dueSoon += 1;
    units.set(item.unit, load);
  }
  return [...units.values()].sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || a.unit.localeCompare(b.unit, 'zh-CN'));
}

function unitOption(units: readonly UnitLoad[]): ChartOption {
  const shown = [...units].reverse();
  const label = { show: true, position: 'inside', formatter: ({ value }: { value: number }) => (value > 0 ? String(value) : '') };
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 150, right: 24, top: 36, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((load) => load.unit), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [
      { name: '已超期', type: 'bar', stack: 'clocks', color: CLOCK_STATE_COLOURS.overdue, data: shown.map((load) => load.overdue), label },
      { name: '即将到期', type: 'bar', stack: 'clocks', color: CLOCK_STATE_COLOURS.due_soon, data: shown.map((load) => load.dueSoon), label },
    ],
  };
}

import { type Backlog, getJson } from '../api.js';
import { type ChartOption, EChart } from '../echart.js';
import { AGE_BUCKET_LABELS, BACKLOG_KIND_LABELS, CATEGORIES, CATEGORY_LABELS, labelOf } from '../labels.js';
import { Figure, Loading, Panel } from '../parts.js';
import { useLoad } from '../use-load.js';

const KINDS = Object.keys(BACKLOG_KIND_LABELS);
const AGE_BUCKETS = Object.keys(AGE_BUCKET_LABELS);

/** 四大类积案: open cases by category, with the overdue ones, by backlog kind and by age. */
export function BacklogView({ asOf }: { asOf: string }) {
  const backlog = useLoad(() => getJson<Backlog>('/backlog', { asOf }), asOf);
  return <Loading state={backlog}>{(data) => <BacklogPanels backlog={data} />}</Loading>;
}

function BacklogPanels({ backlog }: { backlog: Backlog }) {
  const { totals } = backlog;
  const byCategory = (category: string) => totals.byCategory[category] ?? { open: 0, overdue: 0 };
  const kindTotal = (kind: string) => backlog.cells.filter((cell) => cell.backlogKind === kind).reduce((sum, cell) => sum + cell.open, 0);
  return (
    <div className="view" data-view="backlog">
      <div className="figures">
        <Figure label="在办信访事项" value={totals.open} testId="total-open" />
        <Figure label="其中超期" value={totals.overdue} tone={totals.overdue > 0 ? 'alert' : 'good'} testId="total-overdue" />
        {KINDS.filter((kind) => kind !== 'none').map((kind) => <Figure key={kind} label={BACKLOG_KIND_LABELS[kind]!} value={kindTotal(kind)} tone="warn" testId={`kind-${kind}`} />)}
      </div>
      <div className="grid two">
        <Panel title="四大类在办与超期" note={`截至 ${backlog.asOf}`}>
          <EChart label="四大类在办与超期柱状图" option={categoryOption(CATEGORIES.map(byCategory))} />
        </Panel>
        <Panel title="按积案类型与时长" note="兼有多种类型的事项在每一类型下各计一次">
          <EChart label="积案类型与时长分布图" option={ageOption(backlog)} />
        </Panel>
      </div>
      <Panel title="分类明细">
        <table>
          <thead>
            <tr>
              <th>类别</th>
              <th>在办</th>
              <th>超期</th>
              {KINDS.map((kind) => <th key={kind}>{BACKLOG_KIND_LABELS[kind]}</th>)}
            </tr>
          </thead>
          <tbody>
            {CATEGORIES.map((category) => (
              <tr key={category} data-category={category}>
                <th scope="row">{CATEGORY_LABELS[category]}</th>
                <td>{byCategory(category).open}</td>
                <td className={byCategory(category).overdue > 0 ? 'alert' : undefined}>{byCategory(category).overdue}</td>
                {KINDS.map((kind) => <td key={kind}>{sumOf(backlog, (cell) => cell.category === category && cell.backlogKind === kind)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
    </div>
  );
}

function sumOf(backlog: Backlog, where: (cell: Backlog['cells'][number]) => boolean): number {
  return backlog.cells.filter(where).reduce((sum, cell) => sum + cell.open, 0);
}

const COUNT_LABEL = { show: true, position: 'inside', formatter: ({ value }: { value: number }) => (value > 0 ? String(value) : '') };

function categoryOption(counts: { open: number; overdue: number }[]): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: CATEGORIES.map((category) => labelOf(CATEGORY_LABELS, category)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '未超期', type: 'bar', stack: 'open', color: '#2f6fb3', data: counts.map((count) => count.open - count.overdue), label: COUNT_LABEL },
      { name: '已超期', type: 'bar', stack: 'open', color: '#d03a2f', data: counts.map((count) => count.overdue), label: COUNT_LABEL },
    ],
  };
}

function ageOption(backlog: Backlog): ChartOption {
  const colours: Record<string, string> = { four_level: '#8c2a22', long_standing: '#e6a23c', repeat: '#7a4fb3', none: '#2f6fb3' };
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: AGE_BUCKETS.map((bucket) => labelOf(AGE_BUCKET_LABELS, bucket)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: KINDS.map((kind) => ({
      name: BACKLOG_KIND_LABELS[kind],
      type: 'bar',
      color: colours[kind],
      data: AGE_BUCKETS.map((bucket) => sumOf(backlog, (cell) => cell.backlogKind === kind && cell.ageBucket === bucket)),
    })),
  };
}
